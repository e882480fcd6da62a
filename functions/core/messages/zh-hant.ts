// Traditional Chinese in Taiwan usage (訂單, 宅配/物流業者, 郵遞區號, 客服專員), polite 您.
// Full-width punctuation; the size-equivalents sentence has no leading space because Chinese needs none.
import type { Catalog } from './en';

export const zhHant: Catalog = {
  greeting:
    '您好！👋 我是 {brand} 的小幫手，可以幫您查詢訂單配送進度，也能協助退貨、尺寸、修改地址和取消訂單。請問有什麼需要幫忙的嗎？',
  thanks_bye: '不客氣！祝您有美好的一天 😊',
  clarify:
    '不好意思，我不太確定您的意思。我可以協助訂單、物流追蹤、退貨、尺寸、修改地址和取消訂單。請問您需要什麼協助呢？',
  clarify_again:
    '不好意思，我還是不太懂您的意思。可以換個說法，或直接點選一個選項嗎？我也可以幫您轉接給同事。',
  ask_more: '請問有什麼可以幫您？您可以詢問訂單、配送、退貨或尺寸的問題。',
  menu_track: '查詢訂單',
  menu_return: '申請退貨',
  menu_size: '尺寸諮詢',
  menu_agent: '聯絡真人客服',
  button_yes: '是',
  button_no: '否',

  ask_order_number: '沒問題！請問您的訂單編號是？共 5 碼數字，例如 #48213。',
  which_order: '請問是哪一筆訂單呢？',
  order_option: '#{order} · {date} · {items}',
  no_orders:
    '目前還找不到與這個對話相關的訂單。如果您是用其他手機號碼或電子郵件下單，請傳訂單編號給我，我幫您查詢。',
  order_not_found: '查不到訂單 {order}，可以麻煩您再確認一下編號嗎？',
  not_your_order:
    '為了保護您的隱私，我只能提供您本人訂購的訂單資訊。如果訂單 {order} 是您的，請用結帳時填寫的電子郵件或郵遞區號驗證。',

  verify_ask: '為了保障您的訂單資料，請將訂單編號連同結帳時使用的電子郵件或郵遞區號一起傳給我。',
  verify_ask_secret: '謝謝！接著請傳送訂單 {order} 結帳時使用的電子郵件或郵遞區號。',
  verify_ok: '謝謝，驗證完成 ✅',
  verify_failed: '抱歉，這些資料與我們的紀錄不符。請確認訂單編號以及電子郵件或郵遞區號後再試一次。',
  verify_failed_left: '這些資料仍與我們的紀錄不符。您還可以再試 {left} 次，之後驗證將暫停一小時。',
  verify_third_party:
    '為保護隱私，訂單{order}的資訊只能告知下單本人。請對方用自己的帳號聯絡我們，我們會馬上協助。',
  verify_private_only: '為保護您的隱私，我只能在私人聊天中查詢訂單。請直接私訊我，我會在那裡協助您。',
  verify_locked: '嘗試次數過多。請於 {minutes} 分鐘後再試，或要求轉接真人客服，我們會協助您。',

  status_pending: '訂單 {order} 已確認，正在等待包裝。出貨後我會馬上提供物流追蹤編號給您。',
  status_processing: '訂單 {order} 正在包裝中，預計 1–2 個工作天內出貨。',
  status_shipped:
    '訂單 {order} 已交由 {carrier} 配送中（追蹤編號 {tracking}）。最新進度：{event}，{location}，{date}。預計送達：{eta}。',
  status_delivered: '訂單 {order} 已於 {date} 送達。希望您會喜歡！',
  status_cancelled: '訂單 {order} 已取消。如有應退款項，已退回您原本的付款方式。',
  status_returned: '訂單 {order} 已完成退貨及退款。',
  tracking_link: '追蹤包裹',

  delay_customs:
    '很抱歉讓您久等了。您的包裹 {tracking} 自 {date} 起在 {location} 海關查驗中。海關查驗通常需要 3–7 天，物流業者目前預計 {eta} 左右送達。',
  delay_port:
    '很抱歉讓您久等了。您的包裹 {tracking} 自 {date} 起因 {location} 壅塞而延誤，物流業者目前預計 {eta} 左右送達。',
  delay_silent: '很抱歉讓您久等了。自 {date}（{location}）以來，物流業者都沒有更新包裹 {tracking} 的進度。',
  delay_failed_attempt:
    '物流業者於 {date} 嘗試配送包裹 {tracking}，但未能成功送達。通常會在下一個工作天再次配送，您也可以到物流業者的網站預約重新配送。',
  delay_on_time:
    '好消息：訂單 {order} 依照預定進度配送中。最新進度為 {event}（{location}，{date}），預計 {eta} 前送達。',
  delay_late:
    '很抱歉讓您久等了。包裹 {tracking} 已晚於物流業者預計的 {eta}。最新進度為 {event}（{location}，{date}）。',
  delay_exception: '很抱歉：物流商於{date}回報包裹{tracking}出現問題（{location}）。我們正在與物流商確認。',
  delay_returned: '物流商正在將包裹{tracking}退回給我們（自{date}起）。我們會與您討論重新寄送或退款。',
  delay_proactive: '您好！關於訂單 {order} 的小提醒：{reason} 我們正在處理，有進度會在這裡通知您。',

  return_started:
    '完成了！我已為訂單 {order} 建立退貨申請 {rma}。請將未穿過、吊牌完整的商品包好，並於 {date} 前送到任一 {carrier} 據點。您的預付退貨標籤：{link}',
  return_window_closed:
    '訂單 {order} 於 {date} 送達，已超過 {days} 天的退貨期限。我已請客服專員看看能為您做些什麼。',
  return_not_delivered: '訂單 {order} 尚未送達，所以還無法退貨。如果還沒出貨，我可以幫您取消訂單。',
  return_which_item: '請問您想退哪一件商品？',

  damage_sorry_ask_photo:
    '非常抱歉商品送達時有損壞 😔 可以麻煩您傳商品和外包裝的照片嗎？這樣能幫助我們更快處理。',
  damage_claim_opened:
    '謝謝您。我已為訂單 {order} 建立客訴單 {claim}，並附上您的照片。客服專員會在 24 小時內與您聯繫，為您換貨或退款。',
  damage_photo_added: '收到，照片已加到客訴單 {claim}。',

  size_ask_measurements: '很樂意幫您挑尺寸！請告訴我您的身高和體重，或是胸圍和腰圍（公分）。',
  size_ask_product: '請問您在看哪一件商品？',
  size_recommend: '{product} 建議您選 {size} 號。{equivalents}',
  size_between: '{product} 您介於 {size} 和 {size_up} 之間。喜歡寬鬆可以選 {size_up}，喜歡合身就選 {size}。',
  size_no_chart: '抱歉，{product} 目前沒有尺寸表。如有需要，客服專員可以協助您挑選：請點選「{agent}」。',
  size_convert: '{size} 號（{system}）相當於 EU {eu} / US {us} / UK {uk} / JP {jp} / CN {cn}。',
  size_equivalents: '相當於 EU {eu} / US {us} / UK {uk}。',

  address_ask_new: '好的。請問訂單 {order} 的新宅配地址是？請填寫郵遞區號、縣市、區、路街和門牌號碼。',
  address_invalid:
    '抱歉，我無法辨識完整的地址。請傳送郵遞區號、縣市、區、路街和門牌號碼，例如：106 台北市大安區忠孝東路四段123號5樓。',
  address_confirm: '請確認訂單 {order} 的新地址：{address}',
  address_changed: '已更新！訂單 {order} 將宅配到：{address}',
  address_too_late:
    '訂單 {order} 已經出貨，我這邊無法修改地址。如有需要，客服專員可以請物流業者改送：請點選「{agent}」。',

  cancel_confirm: '請問要取消訂單 {order}（{items}，{total}）嗎？',
  cancelled: '訂單 {order} 已取消。{total} 的退款將在 5–10 個工作天內退回您原本的付款方式。',
  cancel_kept: '沒問題，訂單 {order} 維持不變。',
  cancel_too_late: '訂單 {order} 已在配送途中，無法取消。收到商品後可以免費退貨。',

  product_info: '{product}：{material}。保養方式：{care}。顏色：{colours}。',
  product_in_stock: '{product}（{variant}）目前有現貨。',
  product_out_of_stock: '{product}（{variant}）目前已售完，預計 {date} 左右補貨。',
  product_sold_out: '{product}（{variant}）目前已售完。',
  product_unknown: '請問是哪一件商品呢？可以傳商品名稱或連結給我。',

  handoff: '我這就幫您轉接可以處理這個問題的客服專員，他們會盡快在這裡回覆您。',
  button_video_call: '視訊通話',
  handoff_video: '如果比較方便，您也可以加入視訊通話：{link}',
  handoff_eta_open: '客服專員通常會在 {minutes} 分鐘內回覆您。',
  handoff_eta_closed:
    '客服團隊目前不在線上，將於 {when} 回來。您可以繼續在這裡留言，客服專員上線後都會看到。',
  handoff_waiting: '好的，已經幫您補充給客服專員了。他們會在這裡回覆您，您傳的每則訊息都不會遺失。',
  agent_joined: '客服專員已加入對話，會在這裡回覆您。',
  agent_video: '客服專員邀請您進行視訊通話，點選即可加入：{link}',
  back_to_bot: '您已回到小幫手。我可以協助訂單、物流追蹤、退貨和尺寸問題。請問有什麼需要幫忙的嗎？',
  back_to_bot_timeout:
    '不好意思，目前還沒有客服專員能回覆您。這段時間我會繼續協助您，您也可以隨時再點選「{agent}」。',
  rating_ask: '請問您對這次的服務還滿意嗎？請為這次對話評分：1（不滿意）到 5（非常滿意）。',
  rating_thanks: '感謝您的回饋！🙏',
  proactive_intro: '您好！關於訂單 {order}，先跟您說一聲：',
  proactive_choices: '您希望怎麼處理？（如不想收到這類訊息，請回覆「退訂」。）',
  optout_hint: '回覆「退訂」即可停止接收這些更新。',
  button_keep_waiting: '繼續等待',
  button_get_updates: '傳送更新給我',
  button_cancel_refund: '取消並退款',
  proactive_waiting_ok: '感謝您的耐心！訂單 {order} 一有新消息，我會第一時間在這裡告訴您。',
  proactive_updates_on: '好的：訂單 {order} 每有進展，我都會在這裡通知您。',
  voice_not_supported: '抱歉，我目前還無法收聽語音訊息。可以麻煩您打字詢問嗎？或是我幫您轉接客服專員。',
  image_ask_context: '謝謝您的照片！請問是關於什麼呢：商品損壞、退貨，還是其他問題？',
  media_received: '謝謝，檔案已收到。',
  declined_injection: '我只能協助您本人的訂單和我們的商品。請問有什麼需要幫忙的嗎？',
  error_try_again: '抱歉，系統發生了一點問題，請稍後再試一次。',

  cancel_processing:
    '訂單 {order} 正在包裝中，我這邊無法直接取消。我已請客服專員盡量攔下出貨；如果已經寄出，收到商品後可以免費退貨。',
  cancel_delivered:
    '訂單 {order} 已經送達，無法取消。送達後 {days} 天內仍可免費退貨，需要的話告訴我幫您申請退貨即可。',
  address_processing: '訂單 {order} 正在包裝中，我這邊無法直接修改地址。我已請客服專員在出貨前幫您更新。',
  address_delivered: '訂單 {order} 已經送達，地址無法再修改了。',
  size_ask_waist:
    '謝謝！{product} 依腰圍和臀圍挑尺寸，只有身高體重還不夠。請問您的腰圍是幾公分（知道的話也告訴我臀圍）？',
  size_ask_chest: '謝謝！{product} 依胸圍挑尺寸，只有身高體重還不夠。請問您的胸圍是幾公分（量最寬處）？',
  size_ask_foot:
    '{product} 依腳長挑尺寸。請問您的腳長幾公分（從腳跟到最長的腳趾）？也可以告訴我您平常穿的 EU、US 或 UK 尺寸。',

  // Answers to one narrow question (when, where, which number, which refund), without the full status.
  eta_shipped: '訂單 {order} 預計 {eta} 前送達（{carrier}，追蹤編號 {tracking}）。',
  eta_delayed: '物流業者對包裹 {tracking} 的最新預計送達日是 {eta}，但目前有延誤，可能還要再多等幾天。',
  eta_not_shipped:
    '訂單 {order} 還沒出貨，所以目前還沒有預計送達日。出貨後，您會連同追蹤編號一起收到送達日期。',
  location_answer: '包裹 {tracking} 的最新掃描紀錄：{event}，{location}，{date}。',
  tracking_number_answer: '訂單 {order} 由 {carrier} 配送，追蹤編號 {tracking}。',
  tracking_number_none: '訂單 {order} 還沒出貨，所以目前還沒有追蹤編號。',
  refund_timing_return:
    '退貨申請 {rma} 的退款會在包裹送達我們的倉庫後，退回您原本的付款方式，通常在您寄出後 {days} 個工作天內。',
  refund_timing_cancelled: '訂單 {order} 的退款（{total}）會在取消後 5–10 個工作天內退回您原本的付款方式。',
  refund_timing_none: '訂單 {order} 目前還沒有退款申請。如果需要，我可以幫您申請退貨。',
  return_label_again:
    '再傳一次退貨申請 {rma} 的預付退貨標籤給您：{link} 請於 {date} 前將包裹送到任一 {carrier} 據點。',
  return_label_none: '訂單 {order} 目前還沒有退貨申請。需要的話跟我說一聲，我幫您申請。',
  no_news: '訂單 {order} 目前仍是我上次告訴您的最新進度，之後沒有新的變化。需要幫您轉接客服專員嗎？',

  // Sent only once a case really exists: no other message may promise that someone chases the carrier.
  delay_case_opened: '我已建立案件 {case}，客服專員會幫您向物流業者追查。',

  // Keeping the conversation on track: no answer known, an unclear pick or yes/no, a dropped task, commands.
  faq_unknown: '不好意思，這個問題我暫時無法給您滿意的答覆。客服專員可以協助您：請點選「{agent}」。',
  choice_not_understood: '不好意思，請問是哪一個呢？請點選下方的選項，或直接傳送選項編號。',
  confirm_again: '不好意思，請問是「是」還是「否」呢？請點選下方的按鈕。',
  abandoned: '沒問題，剛才那件事先不處理了。還有什麼需要幫忙的嗎？',
  language_switched: '好的，接下來我會用繁體中文為您服務。',
  command_help:
    '我是 {brand} 的小幫手。您可以直接用自己的話問我訂單、配送、退貨、尺寸、修改地址或取消訂單的問題。傳送 STOP 可停止接收更新通知。',

  // Consent and privacy. STOP and START stay as written in every language: they are the keywords to send.
  optout_confirmed:
    '好的，您之後不會再收到 {brand} 的更新通知。您還是可以隨時傳訊息給我；想重新開啟通知，傳送 START 即可。',
  optin_confirmed: '歡迎回來！{brand} 的訂單更新通知已重新開啟。',
  data_request_access:
    '我已將您索取個人資料副本的申請轉交給我們的隱私團隊，他們會在 {days} 天內於這裡回覆您。',
  data_request_deletion:
    '我已將您刪除個人資料的申請轉交給我們的隱私團隊，他們會在 {days} 天內於這裡向您確認。',

  // Carrier events by code (ShipmentEventCode), read inside status sentences: short, no full stop.
  event_label_created: '已建立託運單，等待收件',
  event_picked_up: '物流業者已收件',
  event_in_transit: '運送中',
  event_departed_origin: '已離開寄件轉運中心',
  event_arrived_hub: '已抵達分揀中心',
  event_export_customs: '出口報關完成',
  event_customs_hold: '海關查驗中',
  event_customs_cleared: '進口清關完成',
  event_port_congestion: '港口壅塞導致延誤',
  event_arrived_destination: '已抵達目的地國家',
  event_out_for_delivery: '配送中',
  event_delivery_attempt_failed: '配送未成功，收件人不在',
  event_delivered: '已送達',
  event_returned_to_sender: '已退回寄件人',
  event_exception: '物流異常',
};
