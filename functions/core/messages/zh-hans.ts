// Simplified Chinese (mainland usage): polite 您, the warm but tidy tone of a store's customer-service chat.
// Full-width punctuation; the size-equivalents sentence has no leading space because Chinese needs none.
import type { Catalog } from './en';

export const zhHans: Catalog = {
  greeting:
    '您好！👋 我是{brand}的智能助手，可以帮您查询订单物流，办理退货、选尺码、修改地址和取消订单。请问有什么可以帮您？',
  thanks_bye: '不客气！祝您今天愉快 😊',
  clarify:
    '抱歉，我没太明白您的意思。我可以帮您处理订单、物流查询、退货、尺码、修改地址和取消订单。请问您需要什么帮助？',
  clarify_again: '抱歉，我还是没明白。您可以换个说法，或者直接点选一个选项吗？我也可以帮您转给同事处理。',
  ask_more: '请问有什么可以帮您？您可以问我订单、配送、退货或尺码相关的问题。',
  menu_track: '查询订单',
  menu_return: '申请退货',
  menu_size: '尺码咨询',
  menu_agent: '转人工客服',
  button_yes: '是',
  button_no: '否',

  ask_order_number: '好的！请问您的订单号是多少？订单号为 5 位数字，例如 #48213。',
  which_order: '请问您指的是哪个订单？',
  order_option: '#{order} · {date} · {items}',
  no_orders:
    '暂时没有找到与此聊天关联的订单。如果您是用其他手机号或邮箱下单的，请把订单号发给我，我帮您查一下。',
  order_not_found: '没有找到订单 {order}。麻烦您再核对一下订单号好吗？',
  not_your_order:
    '为保护您的隐私，我只能提供您本人下单的订单信息。如果订单 {order} 是您的，请用下单时填写的邮箱或邮编进行验证。',

  verify_ask: '为保障您的订单安全，请将订单号与下单时使用的邮箱或邮编一起发给我。',
  verify_ask_secret: '谢谢！现在请发送订单 {order} 下单时使用的邮箱或邮编。',
  verify_ok: '谢谢，验证成功 ✅',
  verify_failed: '抱歉，您提供的信息与我们的记录不符。请核对订单号以及邮箱或邮编后再试一次。',
  verify_failed_left: '您提供的信息仍与我们的记录不符。您还可以再试 {left} 次，之后验证将暂停一小时。',
  verify_third_party:
    '为保护隐私，订单{order}的信息只能告知下单本人。请让对方用自己的账号联系我们，我们会马上帮忙。',
  verify_private_only: '为保护您的隐私，我只能在私聊中查询订单。请直接私信我，我会在那里帮您。',
  verify_locked: '尝试次数过多。请在 {minutes} 分钟后再试，或申请转人工客服，我们会为您处理。',

  status_pending: '订单 {order} 已确认，正在等待打包。发货后我会第一时间把物流单号发给您。',
  status_processing: '订单 {order} 正在打包中，预计 1–2 个工作日内发货。',
  status_shipped:
    '订单 {order} 已由 {carrier} 配送中（物流单号 {tracking}）。最新动态：{event}，{location}，{date}。预计送达：{eta}。',
  status_delivered: '订单 {order} 已于 {date} 签收。希望您喜欢！',
  status_cancelled: '订单 {order} 已取消。如有应退款项，已原路退回至您的支付账户。',
  status_returned: '订单 {order} 已退货并完成退款。',
  tracking_link: '查看物流',

  delay_customs:
    '抱歉让您久等了。您的包裹 {tracking} 自 {date} 起在 {location} 海关被扣留查验。海关查验通常需要 3–7 天，承运商目前预计 {eta} 左右送达。',
  delay_port:
    '抱歉让您久等了。您的包裹 {tracking} 自 {date} 起因 {location} 拥堵而延误，承运商目前预计 {eta} 左右送达。',
  delay_silent: '抱歉让您久等了。自 {date}（{location}）以来，承运商一直没有更新包裹 {tracking} 的物流信息。',
  delay_failed_attempt:
    '承运商于 {date} 尝试派送包裹 {tracking}，但未能成功。通常会在下一个工作日再次派送，您也可以在承运商官网预约重新派送。',
  delay_on_time:
    '好消息：订单 {order} 正按计划配送。最新动态为 {event}（{location}，{date}），预计 {eta} 前送达。',
  delay_late:
    '抱歉让您久等了。包裹 {tracking} 已晚于承运商预计的 {eta}。最新动态为 {event}（{location}，{date}）。',
  delay_exception: '很抱歉：承运商于{date}报告包裹{tracking}出现问题（{location}）。我们正在与承运商核实。',
  delay_returned: '承运商正在将包裹{tracking}退回给我们（自{date}起）。我们会与您商量重新发货或退款。',
  delay_proactive: '您好！关于订单 {order} 的一则提醒：{reason} 我们正在处理，有进展会在这里告诉您。',

  return_started:
    '已办好！我已为订单 {order} 创建退货单 {rma}。请将未穿着、吊牌完好的商品打包好，并于 {date} 前送到任意 {carrier} 网点。您的预付运单：{link}',
  return_window_closed:
    '订单 {order} 于 {date} 签收，已超过我们 {days} 天的退货期限。我已请同事看看能为您做些什么。',
  return_not_delivered: '订单 {order} 尚未送达，暂时无法退货。如果还没发货，我可以帮您取消订单。',
  return_which_item: '请问您想退哪件商品？',

  damage_sorry_ask_photo:
    '非常抱歉商品到货时有损坏 😔 能麻烦您发一张商品和包装的照片吗？这样我们可以尽快帮您处理。',
  damage_claim_opened:
    '谢谢您。我已为订单 {order} 提交售后申请 {claim}，并附上了您的照片。同事会在 24 小时内联系您，为您换货或退款。',
  damage_photo_added: '收到，照片已添加到售后申请 {claim}。',

  size_ask_measurements: '很乐意帮您选尺码！请告诉我您的身高和体重，或者胸围和腰围（厘米）。',
  size_ask_product: '请问您在看哪件商品？',
  size_recommend: '{product} 建议您选 {size} 码。{equivalents}',
  size_between: '{product} 您介于 {size} 和 {size_up} 之间。喜欢宽松可以选 {size_up}，喜欢修身选 {size}。',
  size_no_chart: '抱歉，{product} 暂时没有尺码表。如有需要，同事可以帮您挑选：请点击“{agent}”。',
  size_convert: '{size} 码（{system}）相当于 EU {eu} / US {us} / UK {uk} / JP {jp} / CN {cn}。',
  size_equivalents: '相当于 EU {eu} / US {us} / UK {uk}。',

  address_ask_new: '好的。请问订单 {order} 的新收货地址是什么？请写上省市、区、街道门牌号和邮编。',
  address_invalid:
    '抱歉，没能识别出完整的地址。请发送省市、区、街道门牌号和邮编，例如：上海市静安区南京西路1266号5楼501室，邮编200040。',
  address_confirm: '请确认订单 {order} 的新地址：{address}',
  address_changed: '已修改！订单 {order} 将送到：{address}',
  address_too_late:
    '订单 {order} 已经发货，我这边无法修改地址。如有需要，同事可以联系承运商帮您改派：请点击“{agent}”。',

  cancel_confirm: '您确定要取消订单 {order}（{items}，{total}）吗？',
  cancelled: '订单 {order} 已取消。退款 {total} 将在 5–10 个工作日内原路退回至您的支付账户。',
  cancel_kept: '没问题，订单 {order} 保持不变。',
  cancel_too_late: '订单 {order} 已在配送途中，无法取消。收到货后可以免费退货。',

  product_info: '{product}：{material}。洗护方式：{care}。颜色：{colours}。',
  product_in_stock: '{product}（{variant}）有现货。',
  product_out_of_stock: '{product}（{variant}）目前已售罄，预计 {date} 左右补货。',
  product_sold_out: '{product}（{variant}）目前已售罄。',
  product_unknown: '请问您指的是哪件商品？可以把商品名称或链接发给我。',

  handoff: '我这就为您转接能处理这个问题的同事，他们会尽快在这里回复您。',
  button_video_call: '视频通话',
  handoff_video: '如果更方便的话，您也可以加入视频通话：{link}',
  handoff_eta_open: '同事通常会在 {minutes} 分钟内回复您。',
  handoff_eta_closed: '我们的团队目前不在线，将于 {when} 回来。您可以继续在这里留言，同事上线后都会看到。',
  handoff_waiting: '好的，已经帮您补充给同事了。同事会在这里回复您，您发的每条消息都不会丢失。',
  agent_joined: '同事已加入对话，会在这里回复您。',
  agent_video: '同事邀请您进行视频通话，点击即可加入：{link}',
  back_to_bot: '您已回到智能助手。我可以帮您处理订单、物流查询、退货和尺码问题。请问有什么可以帮您？',
  back_to_bot_timeout:
    '抱歉，暂时还没有同事能回复您。这段时间我会继续为您服务，您也可以随时再次点击“{agent}”。',
  rating_ask: '请问您对本次服务满意吗？请为本次对话打分：1（不满意）到 5（非常满意）。',
  rating_thanks: '感谢您的反馈！🙏',
  proactive_intro: '您好！关于订单 {order}，先跟您说一声：',
  proactive_choices: '您希望怎么处理？（如不想收到此类消息，请回复“退订”。）',
  optout_hint: '回复“退订”即可停止接收这些更新。',
  button_keep_waiting: '继续等待',
  button_get_updates: '给我发更新',
  button_cancel_refund: '取消并退款',
  proactive_waiting_ok: '感谢您的耐心！订单 {order} 一有新消息，我会第一时间在这里告诉您。',
  proactive_updates_on: '好的：订单 {order} 每有进展，我都会在这里通知您。',
  voice_not_supported: '抱歉，我暂时还听不了语音消息。能麻烦您打字提问吗？也可以为您转人工客服。',
  image_ask_context: '谢谢您的照片！请问是关于什么的：商品损坏、退货，还是其他问题？',
  media_received: '谢谢，文件已收到。',
  declined_injection: '我只能协助处理您本人的订单和我们的商品。请问有什么可以帮您？',
  error_try_again: '抱歉，系统出了点问题，请稍后再试。',

  cancel_processing:
    '订单 {order} 正在打包中，我这边无法直接取消。我已请同事尽量拦截发货；如果已经发出，收到货后可以免费退货。',
  cancel_delivered:
    '订单 {order} 已经签收，无法取消。签收后 {days} 天内仍可免费退货，需要的话告诉我帮您申请退货即可。',
  address_processing: '订单 {order} 正在打包中，我这边无法直接修改地址。我已请同事在发货前帮您更新。',
  address_delivered: '订单 {order} 已经签收，地址无法再修改了。',
  size_ask_waist:
    '谢谢！{product} 按腰围和臀围选尺码，只有身高体重还不够。请问您的腰围是多少厘米（知道的话也告诉我臀围）？',
  size_ask_chest: '谢谢！{product} 按胸围选尺码，只有身高体重还不够。请问您的胸围是多少厘米（量最丰满处）？',
  size_ask_foot:
    '{product} 按脚长选尺码。请问您的脚长多少厘米（从脚跟到最长的脚趾）？也可以告诉我您平时穿的 EU、US 或 UK 尺码。',

  // Answers to one narrow question (when, where, which number, which refund), without the full status.
  eta_shipped: '订单 {order} 预计 {eta} 前送达（{carrier}，物流单号 {tracking}）。',
  eta_delayed: '承运商对包裹 {tracking} 的最新预计送达时间是 {eta}，但目前有所延误，可能还要再等几天。',
  eta_not_shipped:
    '订单 {order} 还没有发货，所以暂时没有预计送达时间。发货后您会收到物流单号和预计送达时间。',
  location_answer: '包裹 {tracking} 的最新扫描记录：{event}，{location}，{date}。',
  tracking_number_answer: '订单 {order} 由 {carrier} 配送，物流单号 {tracking}。',
  tracking_number_none: '订单 {order} 还没有发货，所以暂时还没有物流单号。',
  refund_timing_return:
    '退货单 {rma} 的退款会在包裹到达我们仓库后原路退回，通常在您寄出后 {days} 个工作日内到账。',
  refund_timing_cancelled: '订单 {order} 的退款（{total}）会在取消后 5–10 个工作日内原路退回至您的支付账户。',
  refund_timing_none: '订单 {order} 目前还没有退款申请。如果需要，我可以帮您申请退货。',
  return_label_again:
    '再发您一次退货单 {rma} 的预付运单：{link} 请于 {date} 前把包裹送到任意 {carrier} 网点。',
  return_label_none: '订单 {order} 目前还没有退货申请。需要的话跟我说一声，我帮您申请。',
  no_news: '订单 {order} 目前还是我上次告诉您的最新情况，之后没有新的变化。需要我为您转接同事吗？',

  // Sent only once a case really exists: no other message may promise that someone chases the carrier.
  delay_case_opened: '我已创建工单 {case}，同事会帮您催促承运商。',

  // Keeping the conversation on track: no answer known, an unclear pick or yes/no, a dropped task, commands.
  faq_unknown: '抱歉，这个问题我暂时没法给您满意的答复。同事可以帮您：请点击“{agent}”。',
  choice_not_understood: '抱歉，您指的是哪一个？请点击下方的选项，或直接发送选项编号。',
  confirm_again: '抱歉，请问是“是”还是“否”？请点击下方的按钮。',
  abandoned: '没问题，刚才那件事我先不处理了。还有什么可以帮您的吗？',
  language_switched: '好的，接下来我用简体中文为您服务。',
  command_help:
    '我是{brand}的智能助手。您可以直接用自己的话问我订单、配送、退货、尺码、修改地址或取消订单的问题。发送 STOP 可停止接收更新消息。',

  // Consent and privacy. STOP and START stay as written in every language: they are the keywords to send.
  optout_confirmed:
    '好的，您将不再收到{brand}的更新消息。您仍可随时给我发消息；如需重新开启，发送 START 即可。',
  optin_confirmed: '欢迎回来！{brand}的订单更新提醒已重新开启。',
  data_request_access:
    '您获取个人数据副本的申请，我已转交给我们的隐私团队。他们会在 {days} 天内在这里回复您。',
  data_request_deletion:
    '您删除个人数据的申请，我已转交给我们的隐私团队。他们会在 {days} 天内在这里向您确认。',

  // Carrier events by code (ShipmentEventCode), read inside status sentences: short, no full stop.
  event_label_created: '已创建运单，等待揽收',
  event_picked_up: '快递已揽收',
  event_in_transit: '运输中',
  event_departed_origin: '已离开始发转运中心',
  event_arrived_hub: '已到达分拣中心',
  event_export_customs: '出口清关完成',
  event_customs_hold: '海关扣留中',
  event_customs_cleared: '进口清关完成',
  event_port_congestion: '港口拥堵导致延误',
  event_arrived_destination: '已到达目的国',
  event_out_for_delivery: '派送中',
  event_delivery_attempt_failed: '派送未成功，收件人不在',
  event_delivered: '已签收',
  event_returned_to_sender: '已退回寄件人',
  event_exception: '快递异常',
};
