// Vietnamese. Shoppers often type without diacritics, and folding them merges words: "đúng" (right),
// "dừng" (stop) and "đừng" (don't) all become "dung", "vâng" (yes) and "vàng" (yellow) become "vang".
// Those are matched with accents kept ("~"); the unaccented spelling alone decides nothing.
import type { CueLexicon } from './types';

// biome-ignore format: lexicon data reads best packed, a few entries a line
export const vi: CueLexicon = {
  yes: [
    '~vâng', '~vâng ạ', '~dạ vâng', '~đúng', '~đúng ạ', 'dạ', 'có', 'có ạ', 'có chứ', 'có nha', 'ừ', 'ừm', 'ừ ừ',
    'uh', 'uhm', 'um', 'ờ', 'uk', 'ukm', 'uki', 'ok', 'oke', 'okela', 'oki', 'ok luôn', 'được', 'được ạ', 'được luôn',
    'đc', 'dc', 'duoc', 'đúng rồi', 'dung roi', 'đúng vậy', 'chuẩn', 'chuẩn rồi', 'chính xác', 'phải', 'phải rồi',
    'rồi', 'tất nhiên', 'đồng ý', 'xác nhận', 'nhất trí', 'yes', 'ừ đúng rồi', 'dạ có', 'dạ được', 'dạ đúng rồi',
    'ok ạ', 'oke ạ', 'đúng đó', 'chốt', 'chốt đơn', 'được nha',
  ],
  no: [
    'thôi', 'thôi ạ', 'thôi khỏi', 'thôi không cần',
    'không', 'khong', 'ko', 'k', 'kh', 'hông', 'hong', 'hem', 'hok', 'hk', 'khum', 'kg', 'không ạ', 'không đâu',
    'ko đâu', 'không nha', 'chưa', 'chưa ạ', 'vẫn chưa', 'chưa có', 'không phải', 'ko phải', 'k phải', 'sai',
    'sai rồi', 'không cần', 'ko cần', 'k cần', 'khỏi', 'không muốn', 'ko muốn', 'không có', 'dạ không', 'dạ chưa',
    'hông có', 'không đúng', 'chưa nhận', 'chưa nhận được', 'không bạn', 'chưa bạn ơi',
  ],
  strong: ['~vâng', 'đúng rồi', 'dung roi', 'chính xác', 'đồng ý', 'chuẩn', 'không cần', 'ko cần', 'không phải', 'ko phải', 'vẫn chưa', 'dạ không', 'dạ chưa', 'dạ có', 'dạ được', 'sai rồi'],
  weak: ['ok', 'rồi', 'có', 'được', 'đc', 'dc', 'duoc', 'phải', 'ừm', 'um', 'uh', 'ờ', 'chốt', 'sai', 'khỏi', 'không có'],
  follow: [
    'hủy', 'huỷ', 'hủy đi', 'hủy giúp', 'hủy giùm', 'giữ', 'giữ lại', 'gửi', 'gửi đi', 'xác nhận', 'cảm ơn',
    'cám ơn', 'camon', 'thanks', 'luôn', 'nha', 'nhé', 'ạ', 'shop', 'bạn', 'ad', 'rồi', 'nhận rồi', 'nhận được rồi',
    'hoàn tiền', 'đơn đó', 'cái đó',
  ],
  particles: ['ạ', 'a', 'nhé', 'nhe', 'nha', 'nhá', 'ha', 'hen', 'nhen', 'ơi', 'oi', 'shop', 'shop ơi', 'ad', 'admin',
    'anh', 'chị', 'em', 'bạn', 'bạn ơi', 'luôn', 'giúp em', 'giùm', 'với', 'cảm ơn', 'cám ơn', 'cảm ơn shop', 'camon',
    'thanks', 'nghen', 'nè'],
  leading: ['dạ', 'à', 'ờ', 'ừm'],
  undecided: ['được không', 'dc ko', 'dc k', 'duoc khong', 'được ko', 'có không', 'co khong', 'phải không', 'phai khong',
    'chắc vậy', 'không biết', 'ko biết', 'chưa biết', 'có lẽ', 'chắc là', 'để xem', 'hmm', 'không chắc'],
  localOnly: ['k', 'kh', 'kg', 'dạ', 'ừ', 'ừm', 'uh', 'uhm', 'um', 'ờ', 'uk', 'ukm', 'có', 'rồi', 'phải', 'sai', 'khỏi', 'chốt', 'hong', 'hem'],
  ordinal: {
    words: [
      [1, ['đầu tiên', 'đầu']],
      [-1, ['cuối', 'cuối cùng', 'sau cùng', 'chót']],
    ],
    numerals: [
      [1, ['nhất', 'một']], [2, ['hai']], [3, ['ba']], [4, ['tư', 'bốn']], [5, ['năm']], [6, ['sáu']], [7, ['bảy']],
      [8, ['tám']], [9, ['chín']], [10, ['mười']],
    ],
    frames: [
      '(?:cái|đơn|món|sản phẩm|gói|lựa chọn|hàng|chiếc|con|dòng|mẫu|loại|kiện|phương án|cái đơn) thứ {n}',
      '(?:cái|đơn|món|sản phẩm|gói|hàng|chiếc|dòng|mẫu|loại) (?:{ord})', '^thứ {n}$', '(?:số|lựa chọn|phương án|#) {n}(?! (?:cái|chiếc|đôi|ngày|tuần))',
      '^(?:cái|đơn|món) số {n}$',
    ],
  },
  other: ['cái kia', 'cái còn lại', 'đơn kia', 'đơn còn lại', 'cái khác', 'món kia', 'món còn lại', 'không phải cái (?:đó|này|ấy)', 'đơn khác', 'cái kia cơ'],
  all: [
    'cả (?:hai|2)(?: đơn| cái| món| luôn)?', 'tất cả(?: luôn| đơn)?', '^lấy hết', '^hết', 'cả ba', 'toàn bộ', 'hai cái luôn', 'cả hai luôn'
  ],
  abandon: [
    '^thôi$', '^thôi (?:khỏi|bỏ qua|bỏ đi|không cần|kệ|được rồi|vậy|quên đi|khỏi đi)', 'thôi khỏi', 'thôi bỏ đi',
    'không cần nữa', 'ko cần nữa', 'bỏ qua đi', '^bỏ qua$', 'kệ nó', '^kệ đi$', 'quên đi', 'không sao đâu', '^khỏi đi$',
  ],
  correction: [
    '^(?:à |á |ấy |ơ |xin lỗi,? |sorry,? |ui )?nhầm(?: rồi)?(?:$|,| mình| em| tôi| tui| ạ)', '(?:à|ấy|xin lỗi|sorry),? nhầm',
    'ý (?:mình|tôi|em|tui|anh|chị|là) là', 'gõ nhầm', 'đánh nhầm', 'ghi nhầm', 'lộn rồi', '^lộn', 'sửa lại', 'nói nhầm',
  ],
  optOut: [
    '~^dừng(?: lại)?(?: ạ| nhé| nha)?$', '^stop$',
    'dung (?:gui|nhan|spam)(?: tin)?(?: nhan)?(?: (?:quang cao|khuyen mai|thong bao))?(?: (?:cho|voi) (?:toi|minh|em|tui|tao))? nua',
    'dung (?:gui|nhan) (?:tin|tin nhan|thong bao|quang cao|khuyen mai)', 'hủy (?:đăng ký|đăng kí|theo dõi|nhận tin)(?! (?:tài khoản|đơn))',
    'không muốn nhận (?:tin|tin nhắn|thông báo|quảng cáo|khuyến mãi)', 'ko muốn nhận (?:tin|tin nhắn|thông báo|quảng cáo)',
    'đừng làm phiền', 'dung lam phien',
  ],
  optIn: [
    '^(?:start|bắt đầu)$', '(?:đăng ký|đăng kí) (?:lại|nhận tin|nhận thông báo)', 'bật (?:lại )?thông báo', 'nhắn tin lại cho',
    'muốn nhận (?:lại )?(?:tin|thông báo|tin nhắn)(?: lại| tiếp)', 'gửi (?:tin|thông báo) (?:lại|tiếp) cho',
  ],
  dataDeletion: [
    'xóa (?:hết |toàn bộ |giúp |giùm )?(?:dữ liệu|thông tin cá nhân|tài khoản)(?: (?:của )?(?:tôi|mình|em|tui))?',
    'xoá (?:hết |toàn bộ )?(?:dữ liệu|thông tin cá nhân|tài khoản)',
  ],
  dataAccess: ['bản sao dữ liệu', 'dữ liệu (?:gì|nào) (?:về|của) (?:tôi|mình|em)', 'thông tin (?:gì|nào) (?:về|của) (?:tôi|mình|em)'],
  deleteWords: ['xóa', 'xoá'],
  languageNames: {
    vi: ['tiếng việt', 'tieng viet'],
    en: ['tiếng anh'],
    zh: ['tiếng trung', 'tiếng hoa'],
    'zh-Hant': ['tiếng quảng', 'tiếng trung phồn thể'],
    ja: ['tiếng nhật'],
    ko: ['tiếng hàn'],
    th: ['tiếng thái'],
    id: ['tiếng indo', 'tiếng indonesia'],
    ms: ['tiếng mã lai', 'tiếng malay'],
    fr: ['tiếng pháp'],
    de: ['tiếng đức'],
    es: ['tiếng tây ban nha'],
    'pt-BR': ['tiếng bồ đào nha'],
    it: ['tiếng ý'],
    ar: ['tiếng ả rập'],
    tr: ['tiếng thổ nhĩ kỳ'],
    nl: ['tiếng hà lan'],
    pl: ['tiếng ba lan'],
    fil: ['tiếng philippines', 'tiếng tagalog'],
  },
  languageAsk: [
    '(?:nói|nhắn|trả lời|rep|viết|dùng|chat|giao tiếp|hỗ trợ|đổi sang|chuyển sang|sử dụng|tư vấn)(?: chuyện)?(?: bằng)? {lang}',
    '{lang} (?:được không|dc không|dc ko|được ko|được k|dc k|đi|nhé|nha|giúp|được chứ|được hả|với|được hông)', '(?:biết|có thể|có) nói {lang}',
  ],
  languageShort: ['^(?:bằng )?{lang}(?: ạ| nhé| nha| đi)?\\??$'],
  concepts: {
    personalData: [
      'dữ liệu cá nhân', 'thông tin cá nhân', '(?:dữ liệu|thông tin|data|info)(?: \\S+){0,3} (?:của|về) (?:tôi|mình|em|tui|tao|tớ|anh|chị)',
      'tài khoản (?:của )?(?:tôi|mình|em)',
    ],
    access: [
      'gì', 'nào', 'xem', 'kiểm tra', 'biết', 'bản sao', 'sao chép', 'truy cập', 'gửi (?:cho )?(?:tôi|mình|em|tui)', 'cung cấp', 'tải', 'xuất',
    ],
    erase: ['xóa', 'xoá', 'xóa bỏ', 'hủy tài khoản', 'huỷ tài khoản', 'gỡ'],
    everything: ['hết', 'tất cả', 'toàn bộ', 'sạch'],
    notData: [
      '~đúng', 'sai', 'cần', 'sửa', 'đổi', 'cập nhật', 'giao hàng', 'đổi trả', 'hoàn tiền',
      'dữ liệu di động', '3g', '4g', '5g',
      '(?:đơn hàng|đơn|sản phẩm|món|giỏ hàng|giỏ|địa chỉ|tin nhắn|đánh giá|ảnh|hình|thẻ|mã giảm giá|voucher|size)',
    ],
    stop: [
      '~đừng (?:\\S+ ){0,2}(?:gửi|nhắn|spam|làm phiền|gọi|send)', '~dừng (?:\\S+ )?(?:gửi|nhắn|spam)', 'ngừng', 'thôi', 'không (?:muốn|cần)', 'ko (?:muốn|cần)', 'k (?:muốn|cần)', 'kh (?:muốn|cần)', '~tắt',
      'tat (?!ca )(?:\\S+ )?(?:thong bao|tin nhan|noti)', 'hủy (?:đăng ký|đăng kí|nhận)', 'huỷ (?:đăng ký|đăng kí|nhận)',
      'dung (?:gui|nhan|spam)',
    ],
    messages: ['tin nhắn', 'nhắn tin', 'nhắn', 'tin (?:khuyến mãi|quảng cáo|tức)', 'thông báo', 'khuyến mãi', 'quảng cáo', 'sms', 'noti', 'email', 'zalo', 'spam'],
    resume: ['lại', 'tiếp', 'bật', 'mở', 'bắt đầu', 'đăng ký', 'đăng kí', 'cứ (?:gửi|nhắn)', 'được rồi'],
    notOptOut: ['(?:dừng|ngừng|đừng|hủy|huỷ|dung) (?:giao hàng|gửi hàng|ship|giao|đơn|gui hang)'],
    missing: ['không nhận được', 'ko nhận được', 'k nhận được', 'chưa (?:nhận|thấy|có)', 'không thấy', 'sao không', 'sao chưa'],
    notOptIn: ['lại nhận được', 'trễ', 'chậm'],
    switchTo: ['nói', 'nhắn', 'trả lời', 'rep', 'viết', 'dùng', 'chat', 'giao tiếp', 'chuyển (?:sang|qua)', 'đổi (?:sang|qua)', 'sang', 'bằng', 'lại'],
    notLanguage: ['~sách', 'hướng dẫn', '~bản', 'phiên bản', 'size', 'cỡ', 'nhãn', 'mô tả', 'phụ đề', 'bàn phím', 'tên', 'người', 'học', 'lớp', 'giáo viên', 'không (?:biết|giỏi|rành)'],
  },
};
