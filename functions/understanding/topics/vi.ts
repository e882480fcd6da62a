import type { TopicLexicon } from './types';

// Vietnamese on chat, with and without tone marks and in teen code ("bh", "ko/k", "dc/đc", "j", "ntn",
// "sp"). Folding the marks away merges words that differ only by tone, so the cues avoid the ones that
// collide with something common: "đổi" (exchange) folds like "đợi" (wait) and "nhãn" (label) like "nhận"
// (receive), so both are only trusted next to a word that settles which one is meant.
const WHEN =
  '(?:khi nào|khi nao|bao giờ|bh|bao h|lúc nào|hôm nào|ngày nào|mấy giờ|khi mô|bao lâu nữa|mấy ngày nữa|bn ngày nữa|bao nhiêu ngày nữa)';
// "tới"/"đến" fold like "tôi" (I) and "đen" (black): they count as "arrive" only at the end of the question.
const END =
  '(?= ?(?:$|[?!.]|nơi|không|ko|k\\b|chưa|vậy|ạ|a\\b|ah|nhỉ|shop|sh\\b|ad\\b|ơi|bạn|b\\b|em\\b|e\\b|ha\\b|hả))';
const ARRIVE = `(?:tới${END}|đến${END}|nhận|giao|về(?! hàng| lại)|ship)`;
// "màu đen bao giờ có hàng lại" asks for a restock.
const NOT_RESTOCK = '(?![^?.!]*(?:có hàng|về hàng|hàng lại|hết hàng|restock))';
const MONEY_BACK =
  '(?:hoàn tiền|hoàn lại tiền|tiền hoàn|trả tiền lại|trả lại tiền|refund|tiền về|được hoàn|nhận lại tiền|lấy lại tiền|hoàn trả tiền)';
const NOT_REFUND =
  '(?<!(?:hoàn tiền|tiền hoàn|refund|trả lại tiền|hoàn lại)[^?.!]*)(?![^?.!]*(?:hoàn tiền|tiền hoàn|refund|trả lại tiền|hoàn lại))';
const NOT_CARRIER =
  '(?!(?:viettel|ghn|ghtk|j&t|jt|ninja|grab|bưu điện|buu dien|be|ahamove|shopee|đó|do|đây|day|nhà|nha|địa chỉ|dia chi|cho|khi|lúc|đơn|dv|hãng|bên|mail|email|gmail|zalo|sms|tin nhắn|fb|facebook|app|web)\\b)';

export const vi: TopicLexicon = {
  script: 'latin',
  wordStart: true,
  facets: {
    eta: [
      `${WHEN}${NOT_RESTOCK}\\b[^?.!]{0,20}\\b${ARRIVE}\\b`,
      // Not "đến/tới" here: folded they are also "đen" (black) and "tôi", and "đến khi nào" is "until when".
      '(?:nhận hàng|nhận|giao|về(?! hàng)|ship tới|ship đến|hàng tới)\\b[^?.!]{0,12}\\b(?:khi nào|bao giờ|bh|lúc nào|hôm nào|ngày nào)\\b',
      '(?:dự kiến|du kien|dk)\\b[^?.!]{0,8}\\b(?:giao|nhận|tới|đến|ngày)',
      'ngày giao (?:dự kiến|du kien)',
      '(?:hôm nay|mai|ngày mai|tuần này)\\b[^?.!]{0,12}\\b(?:có tới|tới|giao|nhận được|có hàng)\\b[^?.!]{0,6}\\b(?:không|ko|k|hông|hok|chưa)\\b',
    ],
    location: [
      '(?:giờ|bây giờ|bay h|hiện tại|hiện giờ|giờ này|lúc này|h)\\b[^?.!]{0,20}\\b(?:ở đâu|ở chỗ nào|đâu rồi|tới đâu|đến đâu)',
      // "đơn của tôi đâu rồi" (where is my order) folds like "tới đâu rồi" (how far has it got).
      '(?<!(?:của|cho|với|là) )(?:tới|đến) đâu (?:rồi|r)\\b',
      '(?:đang|dang) ở (?:đâu|kho nào|tỉnh nào|chỗ nào|bưu cục nào)',
      'vị trí (?:đơn|hàng|kiện|gói|hiện tại)',
      'ở (?:kho|bưu cục|tỉnh|thành phố) nào',
    ],
    refund_timing: [
      `(?:${WHEN}|bao lâu|mấy ngày|bn ngày|mất bao lâu)\\b[^?.!]{0,25}\\b${MONEY_BACK}`,
      '(?:hoàn tiền|tiền hoàn|refund|trả lại tiền|tiền về)\\b[^?.!]{0,15}\\b(?:khi nào|bao giờ|bh|bao lâu|mấy ngày|chưa về|lúc nào)',
      'chưa (?:nhận được |nhận |thấy |được )?(?:tiền hoàn|hoàn tiền|refund|tiền về)',
    ],
    return_label: [
      '(?:tem|label|phiếu)\\b[^?.!]{0,4}\\b(?:trả hàng|hoàn hàng|gửi trả|hoàn trả|đổi trả|return)\\b',
      // "shop có nhận trả hàng không" (do you accept returns) folds to the same letters as the label.
      '(?<!(?:có|shop|bên|sẽ|được|đc|dc|không|ko) )nhãn (?:trả|hoàn) hàng\\b(?! (?:không|ko|k|hông|hok|khum)\\b)',
      '(?:gửi|gui|gởi|xin|mất|in|thiếu|chưa có|lấy)\\b[^?.!]{0,10}\\b(?:label|tem dán|tem)\\b',
      '(?:gửi|gởi|xin|mất|in|thiếu|chưa có|lấy|cho (?:em|mình|tôi|minh|toi))\\b (?:lại |giúp |dùm |cái )?(?:nhãn) (?:trả|hoàn|gửi)',
      '(?:label|tem)\\b[^?.!]{0,6}\\b(?:đâu|mất|bị mất|lại)\\b',
      '(?:gửi|ship|trả) (?:trả|lại|hàng về|về)\\b[^?.!]{0,10}\\b(?:thế nào|như thế nào|sao|kiểu gì|ntn|cách nào)',
      'cách (?:gửi|ship) (?:trả|lại|hoàn)',
      'địa chỉ (?:trả hàng|hoàn hàng|gửi trả|đổi trả|hoàn trả)',
    ],
    tracking_number: [
      '(?:mã|số)\\s?(?:vận đơn|vđ|tracking|traking|bill|giao hàng|theo dõi|tra cứu|vận chuyển)\\b(?![^?.!]*(?:không cập nhật|ko cập nhật|chưa cập nhật|không nhảy|đứng yên))',
      'mvđ\\b',
    ],
  },
  faq: {
    shipping_countries: [
      `(?:ship|giao|gửi|gởi|chuyển|vận chuyển)\\w* (?:hàng )?(?:sang|qua) ${NOT_CARRIER}\\w+`,
      '(?:ship|giao|gửi|vận chuyển|chuyển)\\w* (?:hàng )?(?:quốc tế|nước ngoài|international|đi nước ngoài)',
      '(?:những |các )?nước nào',
    ],
    shipping_times: [
      `(?:giao|ship|gửi|vận chuyển|chuyển|nhận)\\w*\\b[^?.!]{0,20}\\b(?:mất |trong |khoảng )?(?:bao lâu|mấy ngày|bn ngày|bao nhiêu ngày|mấy hôm|bao ngày)\\b(?! nữa)${NOT_REFUND}`,
      'thời gian (?:giao|ship|vận chuyển|nhận hàng|chuyển)',
      `(?:bao lâu|mấy ngày|bao nhiêu ngày)\\b(?! nữa)${NOT_REFUND}[^?.!]{0,15}\\b(?:thì |mới )?(?:nhận|giao|tới|đến)\\b`,
    ],
    duties_taxes: [
      'thuế',
      'hải quan\\b[^?.!]{0,12}\\b(?:phí|tiền|đóng|trả|thu)',
      '(?:phí|tiền|đóng|trả|thu)\\b[^?.!]{0,10}\\bhải quan',
      'vat\\b',
    ],
    exchange_policy: [
      'đổi (?:size|sz|màu|cỡ|sản phẩm|sp|mẫu|sang|trả|lại size|lại màu|hàng khác|cái khác)\\b',
      '(?:cho|được|đc|dc) đổi\\b',
      'đổi (?:được|đc|dc) (?:không|ko|k|hông|hok|khum)\\b',
    ],
    refund_policy: [
      'chính sách (?:hoàn|đổi trả|trả hàng|bảo hành|refund|hoàn tiền|đổi)',
      '(?:có|co) (?:được |đc |dc |nhận )?(?:trả hàng|hoàn tiền|hoàn hàng|trả lại|refund|hoàn trả)\\b[^?.!]{0,10}\\b(?:không|ko|k|hông|hok|hem|khum)\\b',
      '(?:bao nhiêu|mấy) ngày\\b[^?.!]{0,10}\\b(?:đổi trả|trả hàng|hoàn)',
      'đổi trả\\b[^?.!]{0,15}\\b(?:như thế nào|thế nào|ntn|ra sao|(?:bao nhiêu|mấy) ngày)',
    ],
    payment_methods: [
      'thanh toán (?:khi nhận|bằng|qua|như thế nào|thế nào|kiểu gì|ra sao|sao)',
      '(?:cod|momo|zalo ?pay|vnpay|vn pay|shopeepay|airpay|trả góp|quẹt thẻ|thẻ tín dụng|chuyển khoản|ck được|ck dc|ck đc)\\b',
      'nhận hàng (?:rồi )?(?:mới )?trả tiền',
      '(?:hình thức|phương thức|cách) (?:thanh toán|trả tiền)',
    ],
  },
};
