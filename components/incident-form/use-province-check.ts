"use client";

import { useEffect, useState } from "react";

export type PointProvince = { iso: string; name: string; countryIso3: string; countryName?: string };

/**
 * The province that contains the point, looked up on the server (see app/api/places/province for
 * why). `undefined` while unknown or without a point, null outside Pakistan and Afghanistan.
 */
export function useProvinceOfPoint(latitude: string, longitude: string): PointProvince | null | undefined {
  const [found, setFound] = useState<{ key: string; province: PointProvince | null }>();
  const lat = Number(latitude);
  const lng = Number(longitude);
  const valid = latitude.trim() !== "" && longitude.trim() !== "" && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
  const key = valid ? `${lat},${lng}` : "";

  useEffect(() => {
    if (!key) return;
    const controller = new AbortController();
    const [la, ln] = key.split(",");
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/places/province?lat=${la}&lng=${ln}`, { signal: controller.signal });
        if (!res.ok) return;
        const { province } = (await res.json()) as { province: PointProvince | null };
        setFound({ key, province });
      } catch {
        // Aborted by a newer point, or offline: the check is advice, the form still works.
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key]);

  return key && found?.key === key ? found.province : undefined;
}
