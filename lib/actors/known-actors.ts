import type { ActorKind } from "@/lib/taxonomy/actor-roles";

/**
 * Armed groups, state forces and governments active in the region, with the names news reports
 * use for them. Data, not code: the seed, the actor picker and the article extractor all read it.
 * Extend it here when a new name turns up in the reporting.
 */
export type KnownActor = {
  name: string;
  kind: ActorKind;
  aliases: readonly string[];
};

export const KNOWN_ACTORS: readonly KnownActor[] = [
  {
    name: "Tehreek-e-Taliban Pakistan",
    kind: "armed_group",
    aliases: [
      "TTP",
      "Pakistani Taliban",
      "Pakistan Taliban",
      "Tehrik-i-Taliban Pakistan",
      "Tehrik-e-Taliban Pakistan",
      "Tehreek-i-Taliban Pakistan",
      "Tehrik-e Taliban Pakistan",
      "Fitna al-Khawarij",
      "Fitna-al-Khawarij",
      "Fitna al Khwarij",
      "Khwarij",
      "Khawarij",
      "Kharjis",
      "Kharijis",
      "Khariji",
    ],
  },
  {
    name: "Hafiz Gul Bahadur group",
    kind: "armed_group",
    aliases: ["Hafiz Gul Bahadur", "Gul Bahadur group", "HGB", "Hafiz Gul Bahadur faction", "Gul Bahadur faction"],
  },
  {
    name: "Jaish-e-Fursan-e-Muhammad",
    kind: "armed_group",
    aliases: [
      "Jaish Fursan-e-Muhammad",
      "Jaish al-Fursan",
      "Jaish-e-Fursan-e-Mohammad",
      "Jaish-e-Fursan",
      "Jaish Fursan-i-Muhammad",
      "Jaish-e-Fursan-e-Mohammed",
    ],
  },
  {
    name: "Balochistan Liberation Army",
    kind: "armed_group",
    aliases: ["BLA", "Baloch Liberation Army", "Majeed Brigade", "BLA Majeed Brigade", "Fitna al-Hindustan"],
  },
  { name: "Balochistan Liberation Front", kind: "armed_group", aliases: ["BLF", "Baloch Liberation Front"] },
  {
    name: "Islamic State Khorasan Province",
    kind: "armed_group",
    aliases: [
      "ISKP",
      "IS-K",
      "ISIS-K",
      "IS-KP",
      "Islamic State Khorasan",
      "Islamic State-Khorasan",
      "Islamic State-Khorasan Province",
      "Islamic State group",
      "Islamic State",
      "Daesh",
      "Daish",
      "ISIL",
      "ISIS",
      "IS",
    ],
  },
  { name: "Lashkar-e-Jhangvi", kind: "armed_group", aliases: ["LeJ", "Lashkar-i-Jhangvi"] },
  { name: "Lashkar-e-Islam", kind: "armed_group", aliases: ["LI", "Lashkar-i-Islam"] },
  { name: "Jamaat-ul-Ahrar", kind: "armed_group", aliases: ["JuA", "Jamaat ul Ahrar", "Jamaatul Ahrar", "Jamat-ul-Ahrar"] },
  { name: "Hizbul Ahrar", kind: "armed_group", aliases: ["Hizb-ul-Ahrar", "Hizb ul Ahrar"] },
  { name: "Lashkar-e-Khorasan", kind: "armed_group", aliases: ["Lashkar-i-Khorasan"] },
  { name: "Al-Qaeda in the Indian Subcontinent", kind: "armed_group", aliases: ["AQIS", "al-Qaeda", "al Qaeda", "Al-Qaida"] },
  { name: "Islamic Movement of Uzbekistan", kind: "armed_group", aliases: ["IMU"] },
  { name: "East Turkestan Islamic Movement", kind: "armed_group", aliases: ["ETIM", "Turkistan Islamic Party", "TIP"] },
  { name: "Baloch Republican Army", kind: "armed_group", aliases: ["BRA", "Balochistan Republican Army"] },
  { name: "Baloch Raji Aajoi Sangar", kind: "armed_group", aliases: ["BRAS", "Baloch Raaji Aajoi Sangar"] },
  { name: "Balochistan Liberation Army-Jeeyand", kind: "armed_group", aliases: ["BLA-Jeeyand", "BLA-J"] },
  { name: "Sindhudesh Revolutionary Army", kind: "armed_group", aliases: ["SRA"] },
  { name: "Jaish al-Adl", kind: "armed_group", aliases: ["Jaish ul-Adl", "Jaish-ul-Adl", "Jundallah"] },
  { name: "Jaish-e-Muhammad", kind: "armed_group", aliases: ["JeM", "Jaish-e-Mohammed", "Jaish-e-Mohammad"] },
  { name: "Haqqani network", kind: "armed_group", aliases: ["Haqqani Network"] },
  { name: "National Resistance Front of Afghanistan", kind: "armed_group", aliases: ["NRF", "National Resistance Front"] },
  { name: "Afghanistan Freedom Front", kind: "armed_group", aliases: ["AFF"] },
  { name: "Tehreek-e-Jihad Pakistan", kind: "armed_group", aliases: ["TJP", "Tehreek-i-Jihad Pakistan"] },
  { name: "Ittehad-ul-Mujahideen Pakistan", kind: "armed_group", aliases: ["IMP", "Ittehadul Mujahideen"] },
  { name: "Pakistan Army", kind: "state_force", aliases: ["army", "ISPR", "Inter-Services Public Relations", "security forces"] },
  { name: "Frontier Corps", kind: "state_force", aliases: ["FC", "Frontier Corps Khyber Pakhtunkhwa", "Frontier Corps Balochistan"] },
  {
    name: "Pakistan Police",
    kind: "state_force",
    aliases: ["police", "Khyber Pakhtunkhwa Police", "Balochistan Police", "CTD", "Counter Terrorism Department"],
  },
  { name: "Pakistan Air Force", kind: "state_force", aliases: ["PAF", "Pakistani aircraft", "Pakistani jets", "Pakistani warplanes", "Pakistani planes"] },
  { name: "Government of Pakistan", kind: "government", aliases: ["Pakistan", "Islamabad", "Foreign Office", "Ministry of Foreign Affairs of Pakistan"] },
  {
    name: "Taliban government of Afghanistan",
    kind: "government",
    aliases: ["Islamic Emirate of Afghanistan", "Afghan Taliban", "Kabul", "Taliban government", "Afghan interim government"],
  },
];
