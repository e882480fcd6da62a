// What the pure report cannot know: product names and the examples' translation into the agent language.
// Both are best effort (a failing translator leaves the original), bounded (the report lists at most
// 20 products × a few examples) and, with the translation cache, paid once per text.
import type { Translator } from '../core/ports';
import type { Language } from '../core/types';
import type { InsightsReport } from './report';

export interface EnrichDeps {
  productName?(productId: string): Promise<string | undefined>;
  translator?: Translator;
  agentLanguage: Language;
}

/**
 * @example
 * await enrichReport(report, { productName: async (id) => (await orders.getProduct(id))?.name, translator, agentLanguage: 'en' });
 */
export async function enrichReport(report: InsightsReport, deps: EnrichDeps): Promise<InsightsReport> {
  await Promise.all(
    report.products.map(async (product) => {
      const name = await deps.productName?.(product.productId).catch(() => undefined);
      if (name) product.name = name;
      for (const category of product.categories)
        await Promise.all(
          category.examples.map(async (example) => {
            if (!deps.translator || example.language === deps.agentLanguage) return;
            const text = await deps.translator
              .translate({ text: example.text, from: example.language, to: deps.agentLanguage })
              .catch(() => undefined);
            if (text !== undefined) example.translation = text;
          }),
        );
    }),
  );
  return report;
}
