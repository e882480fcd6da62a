// Traditional characters of after-sales vocabulary that the shared fold (understanding/han-variants) leaves
// as they are; mapped here to Simplified for Chinese messages and cues alike, so that the one Chinese lexicon
// reads "脫膠", "斷掉", "縫線" and "兩個禮拜" in either script.
const PAIRS =
  '膠胶隻只禮礼縫缝訊讯脫脱斷断針针預预計计間间週周蓋盖黴霉難难聞闻淺浅癟瘪劃划殘残汙污漬渍滿满評评' +
  '噁恶髮发鬆松緊紧摺折綫线線线褲裤襪袜鞋鞋錶表鏡镜盒盒釦扣鈕钮鍊链環环墜坠飾饰戶户';

const MAP = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) MAP.set(PAIRS[i]!, PAIRS[i + 1]!);
const TRADITIONAL = new RegExp(`[${[...MAP.keys()].join('')}]`, 'gu');

/** Maps the Traditional characters above to Simplified; everything else unchanged. */
export function simplifyMore(text: string): string {
  return text.replace(TRADITIONAL, (c) => MAP.get(c) ?? c);
}
