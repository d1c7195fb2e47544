// swagger-ui-dist ships no types; the docs route uses only this helper (the package's own folder).
declare module "swagger-ui-dist/absolute-path.js" {
  export default function getAbsoluteFSPath(): string;
}
