/**
 * How the dataset's provenance reads in words: one text per flag and, per evidence class, a short
 * tag (SOURCE, METRICS, sheets) and a description (figure cards). Every view states them from here.
 */
import type { Evidence, Flag } from "../../data/index";
import type { Bilingual } from "../runtime";

/** A figure's flags in words. */
export const FLAG_TEXT: Readonly<Record<Flag, Bilingual>> = {
  approximate: { en: "approximate", fr: "approximatif" },
  unverified: { en: "unverified", fr: "non vérifié" },
  estimate: { en: "estimate (plan year)", fr: "estimation (année de plan)" },
  computed: { en: "computed", fr: "calculé" },
  lower_bound: { en: 'lower bound ("over")', fr: "borne basse (« plus de »)" },
  reported_claim: { en: "the report's claim, not computed", fr: "affirmation du rapport, non calculée" },
  rounded: { en: "rounded as printed", fr: "arrondi tel qu'imprimé" },
};

/** Every evidence class, strongest first: the order in which views list them. */
export const EVIDENCE_CLASSES: readonly Evidence[] = [
  "report",
  "filed",
  "filed_mirror",
  "release",
  "derived",
  "secondary",
];

/** The evidence class as a short tag, as SOURCE, METRICS and the help pages show it. */
export const EVIDENCE_TAG: Readonly<Record<Evidence, Bilingual>> = {
  filed: { en: "filed", fr: "déposé" },
  filed_mirror: { en: "filed (mirror)", fr: "déposé (miroir)" },
  release: { en: "release", fr: "communiqué" },
  derived: { en: "derived", fr: "calculé" },
  secondary: { en: "secondary", fr: "secondaire" },
  report: { en: "report", fr: "rapport" },
};

/** The evidence class in words, as a figure's card states it. */
export const EVIDENCE_DESCRIPTION: Readonly<Record<Evidence, Bilingual>> = {
  filed: { en: "filed (10-K / 10-Q)", fr: "déposé (10-K / 10-Q)" },
  filed_mirror: {
    en: "the filing's own XBRL rendering, read off sec.gov (a mirror keyed by Amazon's CIK)",
    fr: "le rendu XBRL du dépôt lui-même, lu hors de sec.gov (un miroir indexé par le CIK d'Amazon)",
  },
  release: { en: "earnings release", fr: "communiqué de résultats" },
  derived: { en: "derived (computed from other figures)", fr: "calculé (à partir d'autres chiffres)" },
  secondary: { en: "secondary source", fr: "source secondaire" },
  report: { en: "the report, as printed", fr: "le rapport, tel qu'imprimé" },
};
