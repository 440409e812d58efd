import type { Assessment } from '../schemas/assessment.js';
import type { Label } from '../vocabulary/types.js';
import type { Resource, ResourceDirectory } from './resources.js';
import type { Rule } from './rules.js';
import { CADRE_CATEGORIES, factLabel } from './taxonomies.js';

/** One fact a rule can match, with the people, ties or profile items behind it. */
export interface Fact {
  readonly code: string;
  readonly evidence: readonly string[];
}

/** One suggested action: the rule, its Cadre category, matching local resources, and why. */
export interface Suggestion {
  readonly ruleId: string;
  readonly action: Label;
  /** The main Cadre de référence category (1-7): the rule's first. */
  readonly category: number;
  readonly categoryLabel: Label;
  readonly categories: readonly number[];
  readonly resourceTypes: readonly string[];
  /** Directory entries of those types. */
  readonly resources: readonly Resource[];
  /** The facts that triggered the rule (codes). */
  readonly trigger: readonly string[];
  /** Readable names of those facts, in the same order. */
  readonly triggerLabels: readonly Label[];
  /** Ids of the people, ties or profile items behind those facts. */
  readonly evidence: readonly string[];
  readonly source: string;
  /** True when the plan already holds an action from this rule. */
  readonly inPlan: boolean;
}

/** Matches the rules table against the facts, in table order, and attaches local resources. */
export function suggestActions(
  facts: readonly Fact[],
  rules: readonly Rule[],
  directory: ResourceDirectory,
  plan: Assessment['plan'],
): Suggestion[] {
  const byCode = new Map(facts.map((f) => [f.code, f] as const));
  const out: Suggestion[] = [];
  for (const rule of rules) {
    const all = rule.all ?? [];
    const any = rule.any ?? [];
    if (all.length === 0 && any.length === 0) continue;
    if (!all.every((c) => byCode.has(c))) continue;
    const anyHit = any.filter((c) => byCode.has(c));
    if (any.length > 0 && anyHit.length === 0) continue;
    const trigger = [...all, ...anyHit];
    const evidence = [...new Set(trigger.flatMap((c) => byCode.get(c)?.evidence ?? []))];
    const category = rule.categories[0] ?? 4;
    out.push({
      ruleId: rule.id,
      action: rule.action,
      category,
      categoryLabel: CADRE_CATEGORIES[category as keyof typeof CADRE_CATEGORIES],
      categories: rule.categories,
      resourceTypes: rule.resourceTypes,
      resources: directory.resources.filter((res) =>
        res.types.some((t) => rule.resourceTypes.includes(t)),
      ),
      trigger,
      triggerLabels: trigger.map(factLabel),
      evidence,
      source: rule.source,
      inPlan: plan.some((p) => p.ruleId === rule.id),
    });
  }
  return out;
}
