// Compiled under --strict against the types generated from the API's OpenAPI document: if the document loses a
// required marker, a nullable or an enum value that clients rely on, this stops compiling.
import type { components, operations, paths } from "./generated/api";

type Schemas = components["schemas"];
type CompanyPage = paths["/api/v1/companies"]["get"]["responses"][200]["content"]["application/json"];
type CompanySummary = Schemas["CompanySummary"];
type Claim = Schemas["ClaimResponse"];

// Required properties are not optional: reading them needs no check.
export function label(company: CompanySummary): string {
  return `${company.name} (${company.slug}): ${company.sourceCount} sources, ${company.aliases.length} aliases`;
}

export function slugs(page: CompanyPage): string[] {
  return page.items.map((c) => c.slug).concat(page.total > page.items.length ? ["…"] : []);
}

// Enums are string unions of the wire names.
const units: Claim["unit"][] = ["ms", "bytes", "per_second", "per_day", "percent", "count"];
const metric: Claim["metric"] = "startup-time";

// A nullable reference is the referenced object or null, never a bare string.
export function subject(claim: Claim): string {
  const company: Schemas["EntityReference"] | null | undefined = claim.company;
  return company?.name ?? claim.project?.name ?? claim.system ?? "unnamed";
}

export function change(claim: Claim): string {
  return claim.changePercent == null ? `${claim.result ?? "?"} ${claim.unit}` : `${claim.changePercent.toFixed(1)} %`;
}

// Query parameters are typed too.
export const query: operations["listClaims"]["parameters"]["query"] = { metric, pageSize: 20, minChangePercent: -50 };

// The problem document of a 404.
export type NotFound = paths["/api/v1/companies/{slug}"]["get"]["responses"][404]["content"]["application/problem+json"];

export const allUnits = units;
