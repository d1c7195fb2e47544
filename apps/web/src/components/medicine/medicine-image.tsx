import type { ReactNode } from "react";

/** Dosage-form families with their own drawing; anything else is drawn as a carton. */
type Form = "tablet" | "capsule" | "liquid" | "cream" | "inhaler" | "drops" | "injection" | "patch" | "spray" | "carton";

// Whole words only: "suspension" must not read as a "pen".
const FORM_WORDS: [Form, RegExp][] = [
  ["capsule", /\b(capsules?|softgels?)\b/],
  ["tablet", /\b(tablets?|caplets?|lozenges?|pastilles?|pills?)\b/],
  ["drops", /\bdrops?\b/],
  ["inhaler", /\b(inhal\w*|nebul\w*)\b/],
  ["spray", /\bsprays?\b/],
  ["injection", /\b(injections?|injectable|syringes?|pens?|vials?|ampoules?)\b/],
  ["patch", /\b(patch(es)?|plasters?)\b/],
  ["cream", /\b(creams?|ointments?|gels?|lotions?|pastes?|balms?)\b/],
  ["liquid", /\b(syrups?|solutions?|suspensions?|liquids?|elixirs?|mixtures?)\b/],
];

export function formOf(dosageForm: string): Form {
  const text = dosageForm.toLowerCase();
  return FORM_WORDS.find(([, words]) => words.test(text))?.[0] ?? "carton";
}

const INK = "var(--hl-illustration-ink, #0f5e59)";
const FILL = "var(--hl-illustration-fill, #d8efe9)";
const ACCENT = "var(--hl-illustration-accent, #f6c28b)";

const DRAWINGS: Record<Form, ReactNode> = {
  tablet: (
    <>
      <circle cx="44" cy="52" r="20" fill={FILL} stroke={INK} strokeWidth="3" />
      <line x1="30" y1="52" x2="58" y2="52" stroke={INK} strokeWidth="3" strokeLinecap="round" />
      <circle cx="78" cy="66" r="16" fill={ACCENT} stroke={INK} strokeWidth="3" />
      <line x1="67" y1="66" x2="89" y2="66" stroke={INK} strokeWidth="3" strokeLinecap="round" />
    </>
  ),
  capsule: (
    <g transform="rotate(-35 60 60)">
      <rect x="24" y="46" width="72" height="28" rx="14" fill={FILL} stroke={INK} strokeWidth="3" />
      <path d="M60 46h22a14 14 0 0 1 0 28H60z" fill={ACCENT} stroke={INK} strokeWidth="3" />
    </g>
  ),
  liquid: (
    <>
      <rect x="50" y="18" width="20" height="12" rx="2" fill={ACCENT} stroke={INK} strokeWidth="3" />
      <path d="M46 30h28v10l8 10v48a6 6 0 0 1-6 6H44a6 6 0 0 1-6-6V50l8-10z" fill={FILL} stroke={INK} strokeWidth="3" />
      <rect x="44" y="62" width="32" height="22" rx="3" fill="#fff" stroke={INK} strokeWidth="2" />
    </>
  ),
  cream: (
    <g transform="rotate(-20 60 60)">
      <path d="M28 48h56l10 12-10 12H28z" fill={FILL} stroke={INK} strokeWidth="3" strokeLinejoin="round" />
      <rect x="94" y="54" width="10" height="12" rx="2" fill={ACCENT} stroke={INK} strokeWidth="3" />
      <line x1="36" y1="48" x2="36" y2="72" stroke={INK} strokeWidth="3" />
    </g>
  ),
  inhaler: (
    <>
      <rect x="48" y="16" width="26" height="56" rx="8" fill={FILL} stroke={INK} strokeWidth="3" />
      <path d="M44 66h34v22a6 6 0 0 1-6 6H56v8H40V72a6 6 0 0 1 4-6z" fill={ACCENT} stroke={INK} strokeWidth="3" strokeLinejoin="round" />
    </>
  ),
  drops: (
    <>
      <path d="M54 16h12l4 22H50z" fill={ACCENT} stroke={INK} strokeWidth="3" strokeLinejoin="round" />
      <rect x="42" y="38" width="36" height="56" rx="8" fill={FILL} stroke={INK} strokeWidth="3" />
      <path d="M88 60c5 7 8 11 8 15a8 8 0 0 1-16 0c0-4 3-8 8-15z" fill={ACCENT} stroke={INK} strokeWidth="2.5" />
    </>
  ),
  injection: (
    <g transform="rotate(-40 60 60)">
      <rect x="30" y="50" width="48" height="20" rx="3" fill={FILL} stroke={INK} strokeWidth="3" />
      <line x1="78" y1="60" x2="102" y2="60" stroke={INK} strokeWidth="3" strokeLinecap="round" />
      <line x1="22" y1="60" x2="30" y2="60" stroke={INK} strokeWidth="3" />
      <line x1="18" y1="48" x2="18" y2="72" stroke={INK} strokeWidth="4" strokeLinecap="round" />
      <rect x="42" y="54" width="22" height="12" fill={ACCENT} />
    </g>
  ),
  patch: (
    <>
      <rect x="26" y="38" width="68" height="44" rx="14" fill={FILL} stroke={INK} strokeWidth="3" />
      <rect x="46" y="48" width="28" height="24" rx="4" fill={ACCENT} stroke={INK} strokeWidth="2" />
    </>
  ),
  spray: (
    <>
      <rect x="52" y="18" width="16" height="16" rx="3" fill={ACCENT} stroke={INK} strokeWidth="3" />
      <rect x="44" y="34" width="32" height="62" rx="8" fill={FILL} stroke={INK} strokeWidth="3" />
      <path d="M72 24l16-6M72 26h18M72 28l16 6" stroke={INK} strokeWidth="2" strokeLinecap="round" />
    </>
  ),
  carton: (
    <>
      <path d="M30 40l30-14 30 14v44L60 98 30 84z" fill={FILL} stroke={INK} strokeWidth="3" strokeLinejoin="round" />
      <path d="M30 40l30 14 30-14M60 54v44" stroke={INK} strokeWidth="3" strokeLinejoin="round" fill="none" />
      <path d="M40 66h10M45 61v10" stroke={INK} strokeWidth="3" strokeLinecap="round" />
    </>
  ),
};

/**
 * The picture of a medicine: the seller's image, or a drawing of its dosage form (tablet, capsule,
 * syrup, cream, inhaler, drops…) so a listing without a photo still reads at a glance.
 */
export function MedicineImage({
  imageUrl,
  name,
  dosageForm,
  className,
}: {
  imageUrl: string | null;
  name: string;
  dosageForm: string;
  className?: string;
}) {
  if (imageUrl) {
    // Seller images come from any host: a plain img, no optimisation proxy to configure.
    return <img src={imageUrl} alt={name} className={className} loading="lazy" decoding="async" />;
  }
  return (
    <svg viewBox="0 0 120 120" role="img" aria-label={`${dosageForm} (no photo)`} className={className} data-form={formOf(dosageForm)}>
      <rect width="120" height="120" rx="12" fill="var(--hl-illustration-bg, #f3faf8)" />
      {DRAWINGS[formOf(dosageForm)]}
    </svg>
  );
}
