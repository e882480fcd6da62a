// Signals that decide whether a human must step in (or the bot must refuse), found by multilingual
// patterns rather than the intent model: they have to work even when the intent is something else,
// e.g. a late order with a chargeback threat.
import type { Signals } from '../core/types';
import { canonicalText } from './normalize';

export type { Signals };

const HUMAN =
  /\b(?:(?:a|to|with|get me|need|want) (?:a )?human|human (?:please|pls|agent|being)|^human$|real person|live agent|an agent|agent please|speak (?:to|with) (?:someone|somebody|a person|an? agent|a manager|support|staff)|talk (?:to|with) (?:someone|somebody|a person|an? agent|a manager|a human|support|staff)|customer service rep|manager|supervisor|operator|not a (?:bot|robot)|persona real|una persona|un humano|un asesor|un agente|hablar con alguien|atendente|uma pessoa|falar com alguém|um humano|humain|conseiller|vraie personne|un agent|menschen|mitarbeiter|echte person|ansprechpartner|una persona vera|operatore|een mens|medewerker|echt persoon|człowiek|konsultant|insanla|müşteri temsilcisi|canlı destek|yetkili|orang asli|manusia|ke agen|(?:ke|sama|dengan|dgn|panggil) admin|cs manusia|bercakap dengan staf|tao ang|totoong tao|makausap|nhân viên|người thật|gặp quản lý|nhan vien)\b|人工|真人|客服人员|專人|转接|轉接|オペレーター|担当者|有人対応|人間と|상담원|사람이랑|직원분|상담사|พนักงาน|เจ้าหน้าที่|คุยกับคน|ต่อแอดมิน|คุยกับแอดมิน|موظف|شخص حقيقي|خدمة العملاء|إنسان|ممثل/iu;

const REPUTATION =
  /chargeback|charge back|disput\w* (?:the |this |my )?(?:charge|payment|transaction)|with my bank(?! (?:card|transfer|account))|leav\w* (?:a |an )?(?:bad |negative |terrible |1[- ]star )?reviews?|reviews? on every|dispute (?:the|with)|open a dispute|paypal claim|bank (?:claim|dispute)|1[- ]star|one star|bad review|negative review|review everywhere|post (?:this|it) on|social media|tiktok|twitter|instagram|facebook|expose you|contracargo|disputa|mala reseña|reseña negativa|reclamo en|estorno no cartão|contestar a compra|reclame aqui|avaliação negativa|expor vocês|rétrofacturation|opposition bancaire|mauvais avis|avis négatif|rückbuchung|schlechte bewertung|negative bewertung|terugboeking|slechte review|złą opinię|ters ibraz|kötü yorum|şikayetvar|ulasan buruk|bintang 1|viralkan|sebarkan|review jelek|viral|đánh giá 1 sao|bóc phốt|差评|差評|曝光|拒付|低評価|悪いレビュー|晒|별점 1|악평|리뷰 테러|รีวิวแย่|ให้ 1 ดาว|แฉ|تقييم سيء|اعتراض|بعترض|أعترض|البنك|سأفضحكم|فضيحة|سأشهر/iu;

const LEGAL =
  /lawyer|attorney|sue you|legal action|\bcourt\b|small claims|consumer protection|trading standards|ftc|bbb|abogad|demanda|denuncia|profeco|consumidor|procon|advogad|vou processar|justiça|avocat|dgccrf|tribunal|porter plainte|anwalt|verbraucherzentrale|gericht|klage|advocaat|consumentenbond|rzecznik|prawnik|uokik|avukat|tüketici hakem|mahkeme|pengacara|ylki|bpsk|tribunal|peguam|tribunal tuntutan|abogado|kiện|luật sư|律师|律師|起诉|消协|消保|消費者センター|弁護士|訴え|변호사|소송|소비자원|ทนาย|ฟ้อง|สคบ|محامي|المحكمة|حماية المستهلك|وزارة التجارة|avvocato|avvocat|denuncia/iu;

const COMPENSATION =
  /compensat|compensa[cç]|reimburse me for|damages|indemniz|compensaç|indenizaç|dédommag|indemnit|entschädig|schadensersatz|schadevergoeding|odszkodowan|rekompensat|tazminat|risarciment|ganti rugi|kompensasi|pampasan|bồi thường|đền bù|ค่าชดเชย|ชดใช้|赔偿|賠償|补偿|補償|보상|배상|تعويض/iu;

const BILLING =
  /charged (?:me )?twice|double[- ]charged|charged double|two charges|duplicate (?:charge|payment)|billed twice|paid twice|cobrad[oa]s? (?:dos|2) veces|cobr(?:aron|ó|o) (?:dos|2) veces|doble cobro|cobro doble|cobraram (?:duas|2) vezes|cobrança (?:duplicada|em dobro)|débité deux fois|double prélèvement|doppelt (?:abgebucht|belastet|berechnet)|dubbel afgeschreven|dwa razy pobr|pobrano dwa razy|iki kez (?:çekildi|ücret)|addebitat[oa] due volte|ditagih dua kali|terpotong dua kali|dicaj dua kali|bị trừ tiền hai lần|trừ tiền 2 lần|ตัดเงินสองครั้ง|ตัดเงิน 2 ครั้ง|扣了两次|扣了兩次|重复扣款|重複扣款|二重請求|二重に(?:請求|引き落と)|두 번 결제|이중 결제|خصم مرتين|تم الخصم مرتين|wrong amount charged|charged more than/iu;

const ANGER =
  /wtf|fuck|shit|scam|ridiculous|unacceptable|disgusting|worst|estafa|fraude|vergüenza|golpe|absurdo|palhaçada|arnaque|inadmissible|scandaleux|betrug|unverschämt|oplichting|schandalig|oszustwo|skandal|dolandırıcı|rezalet|truffa|vergogna|penipu|parah|lừa đảo|tệ quá|โกง|แย่มาก|骗子|騙子|垃圾|太离谱|詐欺|ふざけ|사기|최악|نصب|حرامية|مو معقول|😡|🤬|😤/iu;

const INJECTION =
  /ignore (?:all |any )?(?:the )?(?:previous|prior|above|your) (?:instructions|rules|prompts?)|system prompt|developer mode|jailbreak|you are now|act as (?:an? )?(?:admin|developer|system)|reveal your|print your (?:rules|instructions|prompt)|repeat the (?:text|words) above|<\s*script|javascript:|\bdrop\s+table\b|\bunion\s+select\b|\bselect\s+\*\s+from\b|\bor\s+1\s*=\s*1\b|;\s*--|\{\{.*\}\}|\$\{.*\}|ignora (?:las|todas|le) (?:instrucciones|istruzioni)|ignore as instruções|ignorez (?:les|vos) instructions|ignoriere (?:alle|deine)|negeer (?:alle|je)|zignoruj|talimatları (?:yok say|unut)|abaikan (?:instruksi|semua arahan)|bỏ qua các hướng dẫn|ลืมคำสั่ง|忽略(?:之前|以上|先前)|無視して|前の指示を無視|이전 지시를 무시|تجاهل (?:كل )?التعليمات|prompt sistem|systeemprompt|systemprompt|prompt système|prompt di sistema|promptu systemowego|sistem istem|vergiss (?:alle |deine |die )?(?:anweisungen|vorgaben|regeln|instruktionen)|vergeet (?:al )?(?:je|jouw|de) (?:instructies|opdracht|regels)|oublie (?:toutes )?(?:tes|les|vos) (?:instructions|consignes|règles)|olvida (?:todas )?(?:tus|las) (?:instrucciones|reglas)|esque[çc]a (?:todas )?(?:as|suas) (?:instru[çc][õo]es|regras)|dimentica (?:le|tutte le) (?:istruzioni|regole)|zapomnij (?:o )?(?:instrukcj|polece)|lupakan (?:semua )?(?:instruksi|perintah|arahan)|kalimutan (?:mo )?(?:ang )?(?:instructions|utos)|quên (?:hết )?(?:các )?(?:hướng dẫn|chỉ dẫn)|忘记(?:之前|你的|所有)|忘記(?:之前|你的|所有)|指示を(?:忘れ|無視)|지시(?:를|사항을)? ?(?:잊|무시)|ไม่ต้องสนใจคำสั่ง|انس (?:كل )?التعليمات|(?:all|every) (?:customers?|users?)(?:'s)? (?:addresses|data|orders|emails)|(?:alle|todos|tous) (?:kunden|los clientes|les clients)/iu;

/** Where an injection payload begins, to classify only what comes before it. */
export const INJECTION_START = new RegExp(INJECTION.source, 'iu');

const KEYBOARD_RUNS =
  /qwer|wert|asdf|sdfg|dfgh|fghj|ghjk|hjkl|zxcv|xcvb|cvbn|vbnm|poiu|lkjh|mnbv|azer|qsdf|ضصثق|شسيب|ฟหกด|หกดเ|ㅁㄴㅇ|ㅂㅈㄷ|ㅋㅌㅊ/iu;

/** Words that no language we read would write: keyboard rows, long consonant runs, no vowels at all. */
function looksGarbled(text: string): boolean {
  const letters = text.replace(/[\p{P}\p{S}\s\d]/gu, '');
  if (!letters) {
    // Symbol soup of some length is noise; a lone "?" or "👍" is merely empty.
    return text.replace(/\s/g, '').length >= 8 && !/\p{Extended_Pictographic}/u.test(text);
  }
  if (KEYBOARD_RUNS.test(text)) return true;
  const words = text.toLowerCase().match(/[a-z]{4,}/g) ?? [];
  if (words.length === 0) return false;
  const odd = words.filter((w) => /[^aeiouy]{5,}/.test(w) || !/[aeiouy]/.test(w) || /(.)\1{3,}/.test(w));
  const latinLetters = (text.match(/[a-zA-Z]/g) ?? []).length;
  return latinLetters >= letters.length * 0.8 && odd.length / words.length >= 0.6;
}

function isContentFree(text: string): boolean {
  const stripped = text.replace(/\s/g, '');
  if (!stripped) return true;
  return !/[\p{L}\p{N}]/u.test(stripped) && stripped.length < 8;
}

/**
 * Reads the handoff and safety signals of one message.
 * @example
 * detectSignals('I will file a chargeback with my bank').reputationThreat; // true
 */
export function detectSignals(raw: string): Signals {
  const text = canonicalText(raw);
  const head = text.slice(0, 4000);
  const flood = text.length > 1500;
  const contentFree = isContentFree(head);
  return {
    humanRequest: HUMAN.test(head),
    reputationThreat: REPUTATION.test(head),
    legalThreat: LEGAL.test(head),
    compensationDemand: COMPENSATION.test(head),
    billingError: BILLING.test(head),
    anger:
      ANGER.test(head) ||
      /!!!|\?\?\?/.test(head) ||
      (head.length > 12 && head === head.toUpperCase() && /[A-Z]{6}/.test(head)),
    garbled: !contentFree && looksGarbled(head),
    contentFree,
    injection: flood || INJECTION.test(head) || /\bDAN\b/.test(head),
  };
}
