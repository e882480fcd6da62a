// Vietnamese: "mình" (the bot) and "bạn" (the shopper), warm shop-chat tone with polite "nhé/ạ" where natural.
import type { Catalog } from './en';

export const vi: Catalog = {
  greeting:
    'Chào bạn! 👋 Mình là trợ lý của {brand}. Mình có thể giúp bạn theo dõi đơn hàng, đổi trả, chọn size, đổi địa chỉ và hủy đơn. Bạn cần mình hỗ trợ gì nào?',
  thanks_bye: 'Không có gì đâu bạn! Chúc bạn một ngày thật vui 😊',
  clarify:
    'Xin lỗi, mình chưa hiểu ý bạn lắm. Mình có thể hỗ trợ về đơn hàng, theo dõi vận chuyển, đổi trả, size, đổi địa chỉ và hủy đơn. Bạn cần gì ạ?',
  clarify_again:
    'Xin lỗi, mình vẫn chưa hiểu ý bạn. Bạn nói cách khác giúp mình, hoặc bấm chọn một trong các lựa chọn nhé? Mình cũng có thể chuyển bạn sang nhân viên hỗ trợ ạ.',
  ask_more: 'Mình có thể giúp gì cho bạn? Bạn có thể hỏi về đơn hàng, giao hàng, đổi trả hoặc size.',
  menu_track: 'Theo dõi đơn hàng',
  menu_return: 'Trả hàng',
  menu_size: 'Tư vấn size',
  menu_agent: 'Gặp nhân viên',
  button_yes: 'Có',
  button_no: 'Không',

  ask_order_number: 'Được ạ! Mã đơn hàng của bạn là gì? Mã gồm 5 chữ số, ví dụ #48213.',
  which_order: 'Bạn đang hỏi về đơn nào ạ?',
  order_option: '#{order} · {date} · {items}',
  no_orders:
    'Mình chưa tìm thấy đơn hàng nào cho cuộc trò chuyện này. Nếu bạn đặt bằng số điện thoại hoặc email khác, hãy gửi mình mã đơn hàng để mình kiểm tra nhé.',
  order_not_found: 'Mình không tìm thấy đơn {order}. Bạn kiểm tra lại mã đơn giúp mình nhé?',
  not_your_order:
    'Để bảo vệ quyền riêng tư, mình chỉ có thể chia sẻ thông tin đơn do chính bạn đặt. Nếu đơn {order} là của bạn, hãy xác minh bằng email hoặc mã bưu chính đã dùng khi thanh toán nhé.',

  verify_ask:
    'Để bảo mật đơn hàng của bạn, hãy gửi mã đơn hàng kèm email hoặc mã bưu chính bạn đã dùng khi thanh toán nhé.',
  verify_ask_secret: 'Cảm ơn bạn! Giờ bạn gửi giúp mình email hoặc mã bưu chính đã dùng cho đơn {order} nhé.',
  verify_ok: 'Cảm ơn bạn, xác minh thành công ✅',
  verify_failed:
    'Xin lỗi, thông tin này không khớp với dữ liệu của shop. Bạn kiểm tra lại mã đơn và email hoặc mã bưu chính rồi thử lại nhé.',
  verify_failed_left:
    'Thông tin vẫn chưa khớp với dữ liệu của shop. Bạn còn {left} lần thử nữa, sau đó việc xác minh sẽ tạm dừng 1 tiếng nhé.',
  verify_third_party:
    'Để bảo vệ quyền riêng tư, mình chỉ trao đổi về đơn {order} với người đã đặt. Bạn nhờ người đó nhắn cho bên mình từ tài khoản của họ nhé, bên mình sẽ hỗ trợ ngay.',
  verify_private_only:
    'Để bảo vệ quyền riêng tư của bạn, mình chỉ tra cứu đơn hàng trong tin nhắn riêng. Bạn nhắn riêng cho mình nhé, mình sẽ giúp ở đó.',
  verify_locked:
    'Bạn đã thử quá nhiều lần. Vui lòng thử lại sau {minutes} phút, hoặc yêu cầu gặp nhân viên để được hỗ trợ nhé.',

  status_pending:
    'Đơn {order} đã được xác nhận và đang chờ đóng gói. Khi hàng được gửi đi, mình sẽ báo mã vận đơn cho bạn ngay.',
  status_processing: 'Đơn {order} đang được đóng gói. Đơn sẽ được gửi đi trong 1–2 ngày làm việc.',
  status_shipped:
    'Đơn {order} đang trên đường giao với {carrier} (mã vận đơn {tracking}). Cập nhật mới nhất: {event}, {location}, {date}. Dự kiến giao: {eta}.',
  status_delivered: 'Đơn {order} đã được giao vào {date}. Mong là bạn sẽ thích!',
  status_cancelled:
    'Đơn {order} đã bị hủy. Nếu có khoản cần hoàn, tiền đã được hoàn về phương thức thanh toán ban đầu của bạn.',
  status_returned: 'Đơn {order} đã được trả hàng và hoàn tiền.',
  tracking_link: 'Theo dõi kiện hàng',

  delay_customs:
    'Xin lỗi vì đã để bạn chờ. Kiện hàng {tracking} đang bị hải quan giữ lại tại {location} từ {date}. Việc kiểm tra hải quan thường mất 3–7 ngày; đơn vị vận chuyển hiện dự kiến giao khoảng {eta}.',
  delay_port:
    'Xin lỗi vì đã để bạn chờ. Kiện hàng {tracking} bị chậm do ùn tắc tại {location} từ {date}. Đơn vị vận chuyển hiện dự kiến giao khoảng {eta}.',
  delay_silent:
    'Xin lỗi vì đã để bạn chờ. Đơn vị vận chuyển chưa cập nhật kiện hàng {tracking} từ {date} ({location}).',
  delay_failed_attempt:
    'Đơn vị vận chuyển đã thử giao kiện hàng {tracking} vào {date} nhưng không thành công. Thường họ sẽ giao lại vào ngày làm việc tiếp theo, hoặc bạn có thể hẹn lịch giao mới trên trang web của họ.',
  delay_on_time:
    'Tin vui: đơn {order} đang đúng tiến độ. Cập nhật mới nhất là {event} ({location}, {date}) và hàng sẽ đến trước {eta}.',
  delay_late:
    'Xin lỗi vì đã để bạn chờ. Kiện hàng {tracking} đang chậm hơn dự kiến của đơn vị vận chuyển ({eta}). Cập nhật mới nhất là {event} ({location}, {date}).',
  delay_exception:
    'Rất tiếc: đơn vị vận chuyển báo có sự cố với kiện hàng {tracking} vào {date} ({location}). Bên mình đang kiểm tra với họ.',
  delay_returned:
    'Đơn vị vận chuyển đang hoàn kiện hàng {tracking} về cho bên mình (từ {date}). Bên mình sẽ cùng bạn sắp xếp giao lại hoặc hoàn tiền.',
  delay_proactive:
    'Chào bạn! Mình báo nhanh về đơn {order}: {reason} Bên mình đang xử lý và sẽ cập nhật cho bạn tại đây.',

  return_started:
    'Xong rồi! Mình đã tạo yêu cầu trả hàng {rma} cho đơn {order}. Bạn đóng gói sản phẩm chưa qua sử dụng, còn nguyên tem mác, và gửi tại bất kỳ điểm nào của {carrier} trước {date} nhé. Nhãn gửi hàng trả trước của bạn: {link}',
  return_window_closed:
    'Đơn {order} được giao vào {date}, đã quá thời hạn đổi trả {days} ngày của shop. Mình đã nhờ đồng nghiệp xem có thể hỗ trợ bạn thế nào.',
  return_not_delivered:
    'Đơn {order} chưa được giao nên chưa thể trả hàng. Nếu đơn chưa được gửi đi, mình có thể hủy đơn giúp bạn.',
  return_which_item: 'Bạn muốn trả sản phẩm nào ạ?',

  damage_sorry_ask_photo:
    'Mình rất xin lỗi vì hàng đến tay bạn bị hư hỏng 😔 Bạn gửi giúp mình ảnh sản phẩm và bao bì nhé? Như vậy bên mình sẽ xử lý nhanh hơn.',
  damage_claim_opened:
    'Cảm ơn bạn. Mình đã tạo yêu cầu khiếu nại {claim} cho đơn {order} kèm ảnh của bạn. Đồng nghiệp của mình sẽ phản hồi trong vòng 24 giờ để đổi hàng hoặc hoàn tiền.',
  damage_photo_added: 'Mình nhận được rồi, đã thêm ảnh vào khiếu nại {claim}.',

  size_ask_measurements:
    'Mình rất sẵn lòng tư vấn size! Bạn cao và nặng bao nhiêu, hoặc số đo vòng ngực và vòng eo (cm) là bao nhiêu ạ?',
  size_ask_product: 'Bạn đang xem sản phẩm nào ạ?',
  size_recommend: 'Với {product}, mình gợi ý bạn chọn size {size}.{equivalents}',
  size_between:
    'Với {product}, bạn nằm giữa size {size} và {size_up}. Thích mặc rộng thoải mái thì chọn {size_up}, thích ôm vừa người thì chọn {size}.',
  size_no_chart:
    'Xin lỗi, mình chưa có bảng size cho {product}. Nếu bạn muốn, đồng nghiệp của mình có thể giúp bạn chọn: bấm “{agent}” nhé.',
  size_convert: 'Size {size} ({system}) tương đương EU {eu} / US {us} / UK {uk} / JP {jp} / CN {cn}.',
  size_equivalents: ' Tương đương EU {eu} / US {us} / UK {uk}.',

  address_ask_new:
    'Được ạ. Địa chỉ giao hàng mới cho đơn {order} là gì? Bạn ghi rõ số nhà, tên đường, phường/xã, quận/huyện, tỉnh/thành phố và mã bưu chính nhé.',
  address_invalid:
    'Xin lỗi, mình chưa đọc được địa chỉ đầy đủ. Bạn gửi giúp mình số nhà, tên đường, phường/xã, quận/huyện, tỉnh/thành phố và mã bưu chính nhé, ví dụ: Số 12 ngõ 34 phố Huế, phường Hàng Bài, quận Hoàn Kiếm, Hà Nội 11000.',
  address_confirm: 'Bạn xác nhận giúp mình địa chỉ mới cho đơn {order}: {address}',
  address_changed: 'Xong rồi! Đơn {order} sẽ được giao đến: {address}',
  address_too_late:
    'Đơn {order} đã được gửi đi nên mình không thể đổi địa chỉ từ đây. Nếu bạn muốn, đồng nghiệp của mình có thể nhờ đơn vị vận chuyển chuyển hướng giao hàng: bấm “{agent}” nhé.',

  cancel_confirm: 'Bạn có muốn hủy đơn {order} ({items}, {total}) không?',
  cancelled:
    'Đơn {order} đã được hủy. Khoản hoàn {total} sẽ về phương thức thanh toán ban đầu của bạn trong 5–10 ngày làm việc.',
  cancel_kept: 'Không sao đâu, đơn {order} vẫn giữ nguyên nhé.',
  cancel_too_late:
    'Đơn {order} đang trên đường giao nên không thể hủy. Khi nhận hàng, bạn có thể trả hàng miễn phí.',

  product_info: '{product}: {material}. Bảo quản: {care}. Màu sắc: {colours}.',
  product_in_stock: '{product} phân loại {variant} hiện còn hàng.',
  product_out_of_stock: '{product} phân loại {variant} hiện đã hết hàng. Dự kiến có hàng lại khoảng {date}.',
  product_sold_out: '{product} phân loại {variant} hiện đã hết hàng.',
  product_unknown: 'Bạn đang hỏi sản phẩm nào ạ? Bạn có thể gửi mình tên hoặc đường link sản phẩm.',

  handoff:
    'Mình sẽ chuyển cho đồng nghiệp có thể hỗ trợ việc này. Bạn ấy sẽ trả lời bạn tại đây sớm nhất có thể.',
  button_video_call: 'Gọi video',
  handoff_video: 'Nếu tiện hơn, bạn cũng có thể tham gia cuộc gọi video: {link}',
  handoff_eta_open: 'Đồng nghiệp của mình thường sẽ trả lời trong vòng {minutes} phút.',
  handoff_eta_closed:
    'Hiện đội ngũ của shop đang ngoài giờ làm việc và sẽ quay lại vào {when}. Bạn cứ nhắn tiếp ở đây nhé: mọi người sẽ xem hết tin nhắn của bạn.',
  handoff_waiting:
    'Cảm ơn bạn, mình đã ghi lại cho đồng nghiệp rồi. Bạn ấy sẽ trả lời tại đây, tin nhắn của bạn sẽ không bị mất đâu.',
  agent_joined: 'Đồng nghiệp của mình đã vào cuộc trò chuyện và sẽ trả lời bạn tại đây.',
  agent_video: 'Đồng nghiệp của mình mời bạn tham gia cuộc gọi video. Bấm vào để tham gia: {link}',
  back_to_bot:
    'Bạn đang trò chuyện lại với trợ lý. Mình có thể hỗ trợ về đơn hàng, theo dõi vận chuyển, đổi trả và size. Bạn cần mình giúp gì nào?',
  back_to_bot_timeout:
    'Xin lỗi bạn, hiện chưa có đồng nghiệp nào trả lời được. Trong lúc chờ, mình vẫn ở đây hỗ trợ bạn, và bạn có thể bấm lại “{agent}” bất cứ lúc nào nhé.',
  rating_ask:
    'Bạn thấy cuộc trò chuyện này thế nào? Chấm điểm giúp mình từ 1 (chưa tốt) đến 5 (rất tốt) nhé.',
  rating_thanks: 'Cảm ơn bạn đã góp ý! 🙏',
  proactive_intro: 'Chào bạn! Thông báo nhanh về đơn hàng {order}, trước khi bạn phải hỏi:',
  proactive_choices: 'Bạn muốn chọn cách nào? (Trả lời DỪNG nếu bạn không muốn nhận tin nhắn như thế này.)',
  optout_hint: 'Trả lời DỪNG để ngừng nhận các cập nhật này.',
  button_keep_waiting: 'Tiếp tục chờ',
  button_get_updates: 'Gửi cập nhật cho tôi',
  button_cancel_refund: 'Hủy và hoàn tiền',
  proactive_waiting_ok: 'Cảm ơn bạn đã kiên nhẫn! Mình sẽ báo ở đây ngay khi có tin về đơn hàng {order}.',
  proactive_updates_on: 'Xong: mình sẽ nhắn bạn ở đây mỗi khi đơn hàng {order} có cập nhật.',
  voice_not_supported:
    'Mình chưa nghe được tin nhắn thoại. Bạn gõ câu hỏi giúp mình nhé? Hoặc mình có thể chuyển cho đồng nghiệp.',
  image_ask_context:
    'Cảm ơn bạn đã gửi ảnh! Ảnh này về vấn đề gì ạ: hàng bị hư hỏng, trả hàng hay việc khác?',
  media_received: 'Cảm ơn bạn, mình đã nhận được tệp.',
  declined_injection:
    'Mình chỉ có thể hỗ trợ về đơn hàng của chính bạn và sản phẩm của shop. Mình có thể giúp gì cho bạn?',
  error_try_again: 'Xin lỗi, bên mình đang gặp chút trục trặc. Bạn thử lại sau giây lát nhé.',

  cancel_processing:
    'Đơn {order} đang được đóng gói nên mình không thể hủy từ đây. Mình đã nhờ đồng nghiệp thử dừng đơn lại. Nếu đơn đã đi rồi, bạn có thể trả hàng miễn phí khi nhận được nhé.',
  cancel_delivered:
    'Đơn {order} đã được giao nên không thể hủy. Bạn vẫn có thể trả hàng miễn phí trong {days} ngày kể từ khi nhận: chỉ cần nhắn mình tạo yêu cầu trả hàng nhé.',
  address_processing:
    'Đơn {order} đang được đóng gói nên mình không thể đổi địa chỉ từ đây. Mình đã nhờ đồng nghiệp cập nhật trước khi gửi hàng.',
  address_delivered: 'Đơn {order} đã được giao nên không thể đổi địa chỉ nữa.',
  size_ask_waist:
    'Cảm ơn bạn! {product} chọn size theo vòng eo và vòng hông, nên chiều cao và cân nặng chưa đủ. Vòng eo của bạn bao nhiêu cm (và vòng hông, nếu bạn biết) ạ?',
  size_ask_chest:
    'Cảm ơn bạn! {product} chọn size theo vòng ngực, nên chiều cao và cân nặng chưa đủ. Vòng ngực của bạn bao nhiêu cm, đo ở chỗ rộng nhất ạ?',
  size_ask_foot:
    'Với {product} mình dựa vào chiều dài bàn chân. Chân bạn dài bao nhiêu cm, từ gót đến ngón dài nhất? Hoặc cho mình biết size bạn hay mang theo EU, US hoặc UK nhé.',

  // Answers to one narrow question (when, where, which number, which refund), without the full status.
  eta_shipped: 'Đơn {order} dự kiến sẽ đến trước {eta} (mã vận đơn {tracking}, đơn vị vận chuyển {carrier}).',
  eta_delayed:
    'Dự kiến mới nhất của đơn vị vận chuyển cho kiện hàng {tracking} là {eta}, nhưng hàng đang bị chậm nên có thể mất thêm vài ngày nữa.',
  eta_not_shipped:
    'Đơn {order} chưa được gửi đi nên chưa có ngày giao dự kiến. Khi hàng được gửi, bạn sẽ nhận được ngày giao cùng mã vận đơn nhé.',
  location_answer: 'Lần quét gần nhất của kiện hàng {tracking}: {event}, {location}, ngày {date}.',
  tracking_number_answer: 'Đơn {order} được giao bởi {carrier}, mã vận đơn {tracking}.',
  tracking_number_none: 'Đơn {order} chưa được gửi đi nên chưa có mã vận đơn.',
  refund_timing_return:
    'Tiền hoàn cho yêu cầu trả hàng {rma} sẽ về phương thức thanh toán ban đầu của bạn khi kiện hàng đến kho của shop, thường trong vòng {days} ngày làm việc kể từ lúc bạn gửi hàng.',
  refund_timing_cancelled:
    'Tiền hoàn cho đơn {order} ({total}) sẽ về phương thức thanh toán ban đầu của bạn trong 5–10 ngày làm việc kể từ khi hủy đơn.',
  refund_timing_none:
    'Hiện chưa có yêu cầu hoàn tiền nào cho đơn {order}. Nếu bạn muốn, mình có thể tạo yêu cầu trả hàng.',
  return_label_again:
    'Mình gửi lại nhãn gửi hàng trả trước cho yêu cầu trả hàng {rma}: {link} Bạn gửi kiện hàng tại bất kỳ điểm nào của {carrier} trước {date} nhé.',
  return_label_none: 'Đơn {order} hiện chưa có yêu cầu trả hàng nào. Bạn chỉ cần nói, mình sẽ tạo ngay.',
  no_news:
    'Đó vẫn là thông tin mới nhất mình có về đơn {order}: chưa có gì thay đổi từ tin nhắn trước của mình. Bạn có muốn mình chuyển cho đồng nghiệp không?',

  // Sent only once a case really exists: no other message may promise that someone chases the carrier.
  delay_case_opened: 'Mình đã tạo yêu cầu hỗ trợ {case} để đồng nghiệp liên hệ đơn vị vận chuyển giúp bạn.',

  // Keeping the conversation on track: no answer known, an unclear pick or yes/no, a dropped task, commands.
  faq_unknown:
    'Xin lỗi, câu này mình chưa có câu trả lời phù hợp. Đồng nghiệp của mình có thể giúp bạn: bấm “{agent}” nhé.',
  choice_not_understood:
    'Xin lỗi, bạn chọn cái nào ạ? Bạn bấm một trong các lựa chọn bên dưới hoặc gửi số thứ tự nhé.',
  confirm_again: 'Xin lỗi, ý bạn là có hay không ạ? Bạn bấm một trong các nút bên dưới nhé.',
  abandoned: 'Không sao, mình bỏ qua việc đó nhé. Bạn cần mình hỗ trợ gì khác không?',
  language_switched: 'Được ạ, mình sẽ tiếp tục bằng tiếng Việt nhé.',
  command_help:
    'Mình là trợ lý của {brand}. Bạn cứ nhắn tự nhiên để hỏi về đơn hàng, giao hàng, trả hàng, size, đổi địa chỉ hoặc hủy đơn. Gửi STOP để ngừng nhận tin nhắn cập nhật.',

  // Consent and privacy. STOP and START stay as written in every language: they are the keywords to send.
  optout_confirmed:
    'Xong rồi: bạn sẽ không nhận tin nhắn cập nhật từ {brand} nữa. Bạn vẫn có thể nhắn mình bất cứ lúc nào, và gửi START nếu muốn bật lại nhé.',
  optin_confirmed: 'Chào mừng bạn quay lại! Tin nhắn cập nhật đơn hàng từ {brand} đã được bật lại rồi nhé.',
  data_request_access:
    'Mình đã chuyển yêu cầu cung cấp bản sao dữ liệu cá nhân của bạn đến bộ phận bảo vệ dữ liệu cá nhân. Họ sẽ phản hồi bạn tại đây trong vòng {days} ngày.',
  data_request_deletion:
    'Mình đã chuyển yêu cầu xóa dữ liệu cá nhân của bạn đến bộ phận bảo vệ dữ liệu cá nhân. Họ sẽ xác nhận với bạn tại đây trong vòng {days} ngày.',

  // Carrier events by code (ShipmentEventCode), read inside status sentences: short, no full stop.
  event_label_created: 'đã tạo vận đơn, chờ lấy hàng',
  event_picked_up: 'đơn vị vận chuyển đã lấy hàng',
  event_in_transit: 'đang vận chuyển',
  event_departed_origin: 'đã rời kho xuất phát',
  event_arrived_hub: 'đã đến trung tâm phân loại',
  event_export_customs: 'đã thông quan xuất khẩu',
  event_customs_hold: 'đang bị giữ tại hải quan',
  event_customs_cleared: 'đã thông quan nhập khẩu',
  event_port_congestion: 'chậm do cảng bị ùn tắc',
  event_arrived_destination: 'đã đến nước nhận',
  event_out_for_delivery: 'đang giao hàng',
  event_delivery_attempt_failed: 'giao không thành công, không có người nhận',
  event_delivered: 'đã giao',
  event_returned_to_sender: 'đã hoàn về người gửi',
  event_exception: 'sự cố từ đơn vị vận chuyển',
};
