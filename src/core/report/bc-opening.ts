/**
 * The opening sentence of BC: the legal basis it reports under (the province's plan, the
 * agency's own plan, the letter asking for the report) and what it reports. One function of plain
 * values, so that whoever holds a plan's identity (name, number, date) passes it in.
 */
import { BC_TEXT } from "../i18n/report-messages";
import type { OrgProfile } from "../profile/profile";
import { BUILTIN_PLAN } from "../plan/builtin";
import type { PlanModel } from "../plan/model";
import { viDateOf } from "../time/days";

/** A plan as a report cites it; a number or date not known is left as a dotted blank. */
export interface PlanCitation {
  number: string | null;
  date: string | null;
  issuer: string;
  /** What the plan is about, as it follows "của <issuer>": "về thực hiện Chiến lược …". */
  about: string;
}

export interface OpeningValues {
  /** The province's plan the agency's carries out; null when not known (a plan other than the built-in one). */
  provincialPlan: PlanCitation | null;
  ownPlan: PlanCitation;
  /** The letter the report answers, as written ("Công văn số … của Sở Nội vụ"), or null. */
  requestLetter: string | null;
  agency: string;
  year: number | null;
  half: boolean;
  from: number;
  to: number;
}

/** The blank a signer fills by hand. */
export const DOTS = "……";

/**
 * The province's plan the agency's plan carries out (Kế hoạch số 120/KH-UBND ngày 26/5/2021 of
 * the UBND tỉnh Lạng Sơn, cited in the opening of the agency's plan, /work/shared/plan).
 */
export function provincialPlanOf(from: number, to: number): PlanCitation {
  return {
    number: "120/KH-UBND",
    date: "26/5/2021",
    issuer: "UBND tỉnh Lạng Sơn",
    about: `về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn ${from} - ${to} trên địa bàn tỉnh Lạng Sơn`,
  };
}

/**
 * The agency's own plan: issued by the Ban Dân tộc (the plan's text), its number and date from
 * the profile when given.
 */
export function ownPlanOf(profile: OrgProfile, from: number, to: number, issuer = "Ban Dân tộc"): PlanCitation {
  const given = (s: string | undefined): string | null => (s !== undefined && s.trim() !== "" ? s.trim() : null);
  return {
    number: given(profile.planNumber),
    date: given(profile.planDate),
    issuer,
    about: `về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn ${from} - ${to}`,
  };
}

/**
 * The plan in use as it states itself (a plan sheet's "Số: 15/KH-SDTTG", "ngày 10/3/2026", its
 * issuer and title); null when it states no number, as the built-in plan does not.
 */
export function planCitationOf(plan: PlanModel): PlanCitation | null {
  const id = plan.identity;
  if (id.number === null) return null;
  const subject = id.title.replace(/^\s*k[ếe] ho[ạa]ch\s*/i, "").trim();
  const [day, month, year] = id.issuedOn === null ? [] : viDateOf(id.issuedOn).split("/").map(Number);
  return {
    number: id.number,
    date: id.issuedOn === null ? null : `${day}/${month}/${year}`,
    issuer: id.issuer,
    about: subject.charAt(0).toLocaleLowerCase("vi") + subject.slice(1),
  };
}

/** The built-in plan carries out the province's plan 120/KH-UBND; a plan written as a sheet names its own basis. */
export function isBuiltinPlan(plan: PlanModel): boolean {
  return plan.plan.id === BUILTIN_PLAN.id;
}

function cite(p: PlanCitation): string {
  return BC_TEXT.planReference({ number: p.number ?? DOTS, date: p.date ?? DOTS, issuer: p.issuer, about: p.about });
}

/** "Thực hiện Kế hoạch số 120/KH-UBND …; Kế hoạch số …… ngày …… của Ban Dân tộc … (sau đây gọi là Kế hoạch), Sở … báo cáo … như sau:" */
export function openingSentence(v: OpeningValues): string {
  const letter = v.requestLetter?.trim();
  return BC_TEXT.opening({
    provincialPlan: v.provincialPlan ? cite(v.provincialPlan) : null,
    ownPlan: cite(v.ownPlan),
    request: letter ? BC_TEXT.requestReference({ letter }) : null,
    agency: v.agency,
    scope: BC_TEXT.reportScope({ year: v.year, half: v.half, from: v.from, to: v.to }),
  });
}
