/** News sites analysts cite, by domain. Extend when a new outlet turns up in the sources. */
export const OUTLETS: Readonly<Record<string, string>> = {
  "dawn.com": "Dawn",
  "thenews.com.pk": "The News",
  "arabnews.pk": "Arab News Pakistan",
  "arabnews.com": "Arab News",
  "tribune.com.pk": "The Express Tribune",
  "geo.tv": "Geo News",
  "reuters.com": "Reuters",
  "aljazeera.com": "Al Jazeera",
  "bbc.com": "BBC",
  "bbc.co.uk": "BBC",
  "apnews.com": "AP",
  "afp.com": "AFP",
  "rferl.org": "RFE/RL",
  "gandhara.rferl.org": "RFE/RL Radio Azadi/Mashaal",
  "tolonews.com": "TOLOnews",
  "pajhwok.com": "Pajhwok Afghan News",
  "khaama.com": "Khaama Press",
  "kabulnow.com": "KabulNow",
  "afintl.com": "Afghanistan International",
  "amu.tv": "Amu TV",
  "nation.com.pk": "The Nation",
  "dailytimes.com.pk": "Daily Times",
  "brecorder.com": "Business Recorder",
  "arynews.tv": "ARY News",
  "dunyanews.tv": "Dunya News",
  "aaj.tv": "Aaj News",
  "samaa.tv": "Samaa",
  "pakistantoday.com.pk": "Pakistan Today",
  "urdupoint.com": "UrduPoint",
  "dailypakistan.com.pk": "Daily Pakistan",
  "thefrontierpost.com": "The Frontier Post",
  "tnnenglish.com": "Tribal News Network",
  "thebalochistanpost.net": "The Balochistan Post",
  "voanews.com": "VOA",
  "dw.com": "DW",
  "nytimes.com": "The New York Times",
  "washingtonpost.com": "The Washington Post",
  "theguardian.com": "The Guardian",
  "independent.co.uk": "The Independent",
  "the-independent.com": "The Independent",
  "trtworld.com": "TRT World",
  "xinhuanet.com": "Xinhua",
  "thehindu.com": "The Hindu",
  "tribuneindia.com": "The Tribune",
};

/** The outlet of an article from its URL's domain (or a parent domain); null when unknown or unparsable. */
export function outletFromUrl(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const labels = host.replace(/^(?:www\d?|m|amp|mobile|english|en)\./, "").split(".");
  for (let i = 0; i < labels.length - 1; i++) {
    const outlet = OUTLETS[labels.slice(i).join(".")];
    if (outlet) return outlet;
  }
  return null;
}

/** The first line of a pasted article when it reads as a headline (short, no closing full stop). */
export function headlineFromText(text: string): { headline: string; start: number; end: number } | null {
  const m = /^[ \t\r\n]*([^\r\n]+)/.exec(text);
  const line = m?.[1]?.trim();
  if (!m || !line || line.length > 200 || (/[.!?]["”’]?$/.test(line) && line.split(/\s+/).length > 25)) return null;
  const start = m[0].length - m[1]!.length + m[1]!.indexOf(line);
  return { headline: line, start, end: start + line.length };
}
