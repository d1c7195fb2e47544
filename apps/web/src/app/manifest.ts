import type { MetadataRoute } from "next";

/** Install metadata: name, colours and icons (the same drawing as the favicon). */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Healio — online pharmacy",
    short_name: "Healio",
    description: "Genuine medicines from licensed pharmacies, delivered to your door.",
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0f766e",
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any" },
      { src: "/apple-icon.png", type: "image/png", sizes: "180x180" },
    ],
  };
}
