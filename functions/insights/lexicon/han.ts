// Traditional characters of after-sales vocabulary that the shared fold (understanding/han-variants) leaves
// as they are; mapped here to Simplified for Chinese messages and cues alike, so that the one Chinese lexicon
// reads "脫膠", "斷掉", "縫線", "褲襠" and "兩個禮拜" in either script.
const PAIRS =
  '膠胶隻只禮礼縫缝訊讯脫脱斷断針针預预計计間间週周蓋盖黴霉難难聞闻淺浅癟瘪劃划殘残汙污漬渍滿满評评' +
  '噁恶髮发鬆松緊紧摺折綫线線线褲裤襪袜鞋鞋錶表鏡镜盒盒釦扣鈕钮鍊链環环墜坠飾饰戶户' +
  '卻却顆颗襠裆裡里裏里聲声響响領领襯衬紙纸傷伤滲渗潑泼濕湿嗆呛薰熏進进輸输丟丢贈赠擠挤銅铜鏽锈' +
  '詳详誇夸盜盗複复別别僅仅' +
  '剛刚薦荐裝装範范類类營营獲获勞劳勢势醫医協协衛卫彈弹復复惡恶懷怀戰战戲戏擴扩數数極极樂乐構构' +
  '權权歸归決决測测濟济準准滅灭潔洁潤润濃浓災灾無无煙烟熱热牆墙獎奖療疗監监確确積积穩稳窮穷競竞' +
  '筆笔節节築筑約约級级細细組组終终絕绝統统緣缘編编練练織织繩绳羅罗義义習习聰聪腦脑興兴藝艺術术' +
  '衝冲製制觀观視视討讨訓训訪访設设許许試试誌志課课調调談谈論论負负財财責责販贩貸贷貿贸賞赏跡迹' +
  '軍军載载輛辆輪轮農农違违醜丑釋释銳锐鋪铺鋼钢鍵键閃闪閉闭閒闲閱阅闆板隊队階阶隨随險险雜杂離离' +
  '靜静頂顶項项順顺須须頓顿頻频願愿風风飛飞飯饭飲饮餅饼養养館馆馬马鬧闹魚鱼鳥鸟鹽盐齒齿龍龙疊叠癢痒';

const MAP = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) MAP.set(PAIRS[i]!, PAIRS[i + 1]!);
const TRADITIONAL = new RegExp(`[${[...MAP.keys()].join('')}]`, 'gu');

/** Maps the Traditional characters above to Simplified; everything else unchanged. */
export function simplifyMore(text: string): string {
  return text.replace(TRADITIONAL, (c) => MAP.get(c) ?? c);
}
