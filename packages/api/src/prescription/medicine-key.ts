/**
 * What a prescription is written for: the generic (active ingredient) name and the strength, the
 * same for every brand and pack size. Normalized so "Amoxicillin " / "amoxicillin" and "500mg" /
 * "500 MG" match.
 */
export type MedicineKey = { genericKey: string; strengthKey: string; label: string };

const squash = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");

export function medicineKeyOf(m: { genericName: string; strength: string }): MedicineKey {
  return {
    genericKey: squash(m.genericName),
    strengthKey: squash(m.strength).replace(/(\d)\s+(?=[a-zµ%])/g, "$1"),
    label: `${m.genericName.trim()} ${m.strength.trim()}`,
  };
}

export const keyString = (k: { genericKey: string; strengthKey: string }) => `${k.genericKey}|${k.strengthKey}`;
