// Yes / no in the bot's languages, for typed answers to a confirmation (buttons carry `confirm:yes|no`).
const YES = [
  'yes',
  'y',
  'yeah',
  'yep',
  'yup',
  'sure',
  'ok',
  'okay',
  'confirm',
  'please do',
  'do it',
  '👍',
  '✅',
  'sí',
  'si',
  'claro',
  'vale',
  'sim',
  'pode',
  'ya',
  'iya',
  'boleh',
  'betul',
  'ok lah',
  'ใช่',
  'ค่ะ',
  'ครับ',
  'ตกลง',
  'có',
  'vâng',
  'đúng',
  'dạ',
  'はい',
  'ええ',
  'お願いします',
  '是',
  '是的',
  '对',
  '對',
  '好',
  '好的',
  '确认',
  '確認',
  '네',
  '예',
  '응',
  '좋아요',
  'نعم',
  'أجل',
  'اكيد',
  'أكيد',
  'oui',
  'ouais',
  'ja',
  'jawohl',
  'genau',
  'evet',
  'tamam',
  'oo',
  'opo',
  'sige',
  'sì',
  'certo',
  'jazeker',
  'tak',
];
const NO = [
  'no',
  'n',
  'nope',
  'nah',
  'cancel that',
  "don't",
  'dont',
  'keep it',
  '👎',
  '❌',
  'não',
  'nao',
  'tidak',
  'tak nak',
  'bukan',
  'ไม่',
  'ไม่ใช่',
  'không',
  'いいえ',
  'いや',
  '不',
  '不是',
  '不要',
  '否',
  '아니요',
  '아니',
  '아뇨',
  'لا',
  'non',
  'nein',
  'hayır',
  'hayir',
  'hindi',
  'huwag',
  'nee',
  'nie',
];

const fold = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[!.。！?？,，~\s]+$/u, '')
    .replace(/^[\s¡¿]+/u, '')
    .trim();

/** 'yes' | 'no' for a short confirmation answer, undefined when it is something else. */
export function yesNo(text: string, language?: string): 'yes' | 'no' | undefined {
  const folded = fold(text);
  // "tak" is yes in Polish and no in Malay.
  if (folded === 'tak' && language === 'ms') return 'no';
  if (folded.length === 0 || folded.length > 24) return undefined;
  if (NO.includes(folded)) return 'no';
  if (YES.includes(folded)) return 'yes';
  const first = folded.split(/[\s,，、]+/)[0] ?? '';
  if (NO.includes(first)) return 'no';
  if (YES.includes(first)) return 'yes';
  return undefined;
}
