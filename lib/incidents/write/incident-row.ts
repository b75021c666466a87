import { countryByIso3 } from "@/lib/taxonomy/countries";
import { findProvince } from "@/lib/taxonomy/provinces";
import { isoDateToUtc } from "@/lib/dates/iso-date";
import type { IncidentData } from "../schema";

/** The incident's own columns from validated input; province names are made canonical here. */
export function toIncidentRow(d: IncidentData) {
  const province = d.province ? findProvince(d.province, d.countryIso3) : undefined;
  return {
    title: d.title,
    summary: d.summary,
    status: d.status,
    eventDate: isoDateToUtc(d.eventDate),
    endDate: d.endDate ? isoDateToUtc(d.endDate) : null,
    datePrecision: d.datePrecision,
    countryIso3: d.countryIso3,
    countryName: countryByIso3(d.countryIso3)?.name ?? d.countryIso3,
    provinceIso: province?.iso ?? null,
    province: province?.name ?? d.province,
    district: d.district,
    location: d.location,
    latitude: d.latitude,
    longitude: d.longitude,
    geoPrecision: d.geoPrecision,
    eventType: d.eventType,
    subEventType: d.subEventType,
    attackType: d.attackType,
    targetType: d.targetType,
    target: d.target,
    weaponType: d.weaponType,
    weaponSubtype: d.weaponSubtype,
    suicide: d.suicide,
    killedTotal: d.killed.total,
    killedSecurity: d.killed.securityForces,
    killedCivilians: d.killed.civilians,
    killedMilitants: d.killed.militants,
    killedUnknown: d.killed.unknown,
    killedLow: d.killed.low,
    killedHigh: d.killed.high,
    injuredTotal: d.injured.total,
    injuredSecurity: d.injured.securityForces,
    injuredCivilians: d.injured.civilians,
    injuredMilitants: d.injured.militants,
    injuredUnknown: d.injured.unknown,
  };
}
