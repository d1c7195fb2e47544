import type { RouterOutputs } from "@/trpc/types";

type Leaflet = RouterOutputs["medicine"]["bySlug"]["leaflet"];

const SECTIONS: { key: keyof Leaflet; title: string }[] = [
  { key: "uses", title: "Uses" },
  { key: "dosage", title: "Dosage" },
  { key: "sideEffects", title: "Side effects" },
  { key: "warnings", title: "Warnings" },
];

/** The patient-leaflet sections the pharmacy filled in, in the leaflet's usual order. */
export function LeafletSections({ leaflet }: { leaflet: Leaflet }) {
  const filled = SECTIONS.filter((s) => leaflet[s.key]);
  if (filled.length === 0) return null;
  return (
    <section className="leaflet" aria-labelledby="leaflet-heading">
      <h2 id="leaflet-heading" className="leaflet__title">
        Patient leaflet
      </h2>
      {filled.map((s) => (
        <div key={s.key} className="leaflet__section">
          <h3>{s.title}</h3>
          <p>{leaflet[s.key]}</p>
        </div>
      ))}
      <p className="hl-small hl-muted">Written by the pharmacy. Always read the leaflet in the pack and ask a pharmacist if unsure.</p>
    </section>
  );
}
