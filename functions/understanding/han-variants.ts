// Traditional → Simplified pairs for characters that differ between the two scripts and that shoppers
// actually use when they write about orders, deliveries, returns, sizes and products. Written by hand:
// it is not a full conversion table, only enough to tell the scripts apart and to let the intent model
// share what it learned from one script with the other.
const PAIRS =
  '們们這这貨货發发單单訂订麼么麽么為为與与個个號号來来時时會会還还沒没過过運运遞递貼贴換换錢钱買买賣卖' +
  '購购價价幾几於于開开關关門门問问題题質质顏颜碼码長长寬宽褲裤襪袜縮缩線线絲丝純纯壞坏損损髒脏舊旧錯错' +
  '誤误對对請请謝谢說说話话語语讓让該该認认識识證证記记從从將将應应聯联實实際际現现機机帳账戶户' +
  '郵邮區区務务員员聽听見见覺觉頭头東东車车愛爱氣气電电網网頁页顯显標标籤签簽签據据詢询態态狀状況况達达' +
  '邊边選选擇择變变樓楼層层條条辦办處处給给結结經经紅红綠绿藍蓝黃黄補补庫库尋寻歡欢嗎吗銷销後后' +
  '內内兩两萬万億亿塊块張张雙双鐘钟點点遲迟轉转專专傳传檢检驗验團团緊紧憤愤爛烂騙骗詐诈訴诉師师' +
  '銀银費费紀纪錄录灣湾華华國国產产廠厂書书寫写讀读學学當当動动總总導导異异樣样壓压歲岁業业親亲圖图畫画' +
  '夠够優优續续鬆松軟软適适輕轻貴贵帶带飾饰鏈链鍋锅盤盘燈灯櫃柜墊垫燙烫淨净滾滚腳脚髮发兒儿規规' +
  '則则護护膚肤擔担憂忧慮虑儘尽盡尽殼壳遺遗誰谁賠赔償偿額额擊击簡简體体麗丽嚴严廣广爭争擁拥彎弯顧顾齊齐' +
  '錯错嗨嗨咧咧喔喔啦啦囉啰唄呗麼么號号趕赶緩缓鐵铁鎖锁鑰钥';

/** Traditional character → its Simplified form. */
export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = Array.from(PAIRS);
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const trad = chars[i]!;
    const simp = chars[i + 1]!;
    if (trad !== simp) map.set(trad, simp);
  }
  return map;
})();

/** Characters that only the Simplified script uses. */
export const SIMPLIFIED_ONLY: ReadonlySet<string> = new Set(
  [...TRADITIONAL_TO_SIMPLIFIED.values()].filter((c) => !TRADITIONAL_TO_SIMPLIFIED.has(c)),
);

/** Counts the script-specific characters in a text. */
export function countHanScripts(text: string): { traditional: number; simplified: number } {
  let traditional = 0;
  let simplified = 0;
  for (const ch of text) {
    if (TRADITIONAL_TO_SIMPLIFIED.has(ch)) traditional += 1;
    else if (SIMPLIFIED_ONLY.has(ch)) simplified += 1;
  }
  return { traditional, simplified };
}

/** Maps Traditional characters to Simplified ones (others unchanged). */
export function toSimplified(text: string): string {
  let out = '';
  for (const ch of text) out += TRADITIONAL_TO_SIMPLIFIED.get(ch) ?? ch;
  return out;
}
