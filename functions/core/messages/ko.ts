// Korean: polite 해요체 as Korean shop chats use it, with honorific 고객님 and 드리다 forms; 합쇼체 only in set phrases.
import type { Catalog } from './en';

export const ko: Catalog = {
  greeting:
    '안녕하세요! 👋 {brand} 상담 도우미예요. 주문 배송 조회, 반품, 사이즈 추천, 주소 변경, 주문 취소를 도와드릴 수 있어요. 무엇을 도와드릴까요?',
  thanks_bye: '천만에요! 좋은 하루 보내세요 😊',
  clarify:
    '죄송해요, 잘 이해하지 못했어요. 주문, 배송 조회, 반품, 사이즈, 주소 변경, 주문 취소를 도와드릴 수 있어요. 어떤 도움이 필요하세요?',
  clarify_again:
    '죄송해요, 아직도 잘 이해하지 못했어요. 다른 말로 다시 말씀해 주시거나 선택지 중 하나를 눌러 주세요. 원하시면 상담원을 연결해 드릴 수도 있어요.',
  ask_more: '무엇을 도와드릴까요? 주문, 배송, 반품, 사이즈에 대해 물어보실 수 있어요.',
  menu_track: '주문 배송 조회',
  menu_return: '상품 반품하기',
  menu_size: '사이즈 상담',
  menu_agent: '상담원 연결',
  button_yes: '네',
  button_no: '아니요',

  ask_order_number: '네! 주문번호를 알려주시겠어요? #48213처럼 5자리 숫자예요.',
  which_order: '어떤 주문을 말씀하시는 건가요?',
  order_option: '#{order} · {date} · {items}',
  no_orders:
    '아직 이 채팅과 연결된 주문을 찾지 못했어요. 다른 전화번호나 이메일로 주문하셨다면 주문번호를 보내주세요. 확인해 드릴게요.',
  order_not_found: '주문 {order} 건을 찾지 못했어요. 번호를 한 번 더 확인해 주시겠어요?',
  not_your_order:
    '개인정보 보호를 위해 고객님 본인의 주문 정보만 안내해 드릴 수 있어요. 주문 {order} 건이 고객님 주문이라면 결제할 때 사용한 이메일이나 우편번호로 인증해 주세요.',

  verify_ask:
    '주문 정보를 안전하게 지키기 위해 주문번호와 함께 결제할 때 사용한 이메일 주소나 우편번호를 보내주세요.',
  verify_ask_secret: '감사합니다! 이제 주문 {order}에 사용한 이메일 주소나 우편번호를 보내주세요.',
  verify_ok: '감사합니다, 인증이 완료되었어요 ✅',
  verify_failed:
    '죄송해요, 입력하신 정보가 저희 기록과 일치하지 않아요. 주문번호와 이메일 또는 우편번호를 확인하신 뒤 다시 시도해 주세요.',
  verify_failed_left:
    '입력하신 정보가 여전히 저희 기록과 일치하지 않아요. {left}번 더 시도하실 수 있고, 그래도 맞지 않으면 1시간 동안 인증이 일시 중지돼요.',
  verify_third_party:
    '개인정보 보호를 위해 주문 {order}은(는) 주문하신 분과만 이야기할 수 있어요. 그분께 본인 채팅에서 직접 메시지를 보내 달라고 전해 주세요. 바로 도와드릴게요.',
  verify_private_only:
    '개인정보 보호를 위해 주문 조회는 1:1 채팅에서만 도와드려요. 저에게 직접 메시지를 보내 주세요.',
  verify_locked:
    '시도 횟수를 초과했어요. {minutes}분 후에 다시 시도하시거나, 상담원 연결을 요청해 주시면 도와드릴게요.',

  status_pending:
    '주문 {order} 건은 확정되어 포장을 기다리고 있어요. 발송되는 대로 운송장 번호를 알려드릴게요.',
  status_processing: '주문 {order} 건은 지금 포장 중이에요. 영업일 기준 1–2일 안에 발송될 예정이에요.',
  status_shipped:
    '주문 {order} 건은 {carrier}에서 배송 중이에요 (운송장 {tracking}). 최근 업데이트: {date} {location}, {event}. {eta} 도착 예정이에요.',
  status_delivered: '주문 {order} 건은 {date}에 배송 완료되었어요. 마음에 드시길 바라요!',
  status_cancelled: '주문 {order} 건은 취소되었어요. 환불할 금액이 있었다면 원래 결제 수단으로 환불되었어요.',
  status_returned: '주문 {order} 건은 반품 및 환불이 완료되었어요.',
  tracking_link: '택배 조회하기',

  delay_customs:
    '기다리시게 해서 죄송해요. 운송장 {tracking} 택배가 {date}부터 {location} 세관에 보류되어 있어요. 통관 검사는 보통 3–7일 걸리고, 택배사는 현재 {eta}쯤 도착할 것으로 예상하고 있어요.',
  delay_port:
    '기다리시게 해서 죄송해요. 운송장 {tracking} 택배가 {date}부터 {location}의 물류 혼잡으로 지연되고 있어요. 택배사는 현재 {eta}쯤 도착할 것으로 예상하고 있어요.',
  delay_silent:
    '기다리시게 해서 죄송해요. 택배사가 {date}({location}) 이후로 운송장 {tracking} 택배의 배송 정보를 업데이트하지 않았어요.',
  delay_failed_attempt:
    '택배사가 {date}에 운송장 {tracking} 택배의 배달을 시도했지만 전달하지 못했어요. 보통 다음 영업일에 다시 배달하며, 택배사 웹사이트에서 재배달 일정을 잡으실 수도 있어요.',
  delay_on_time:
    '좋은 소식이에요! 주문 {order} 건은 예정대로 배송되고 있어요. 최근 업데이트: {date} {location}, {event}. {eta}까지 도착할 예정이에요.',
  delay_late:
    '기다리시게 해서 죄송해요. 운송장 {tracking} 택배가 택배사의 예상 도착일({eta})보다 늦어지고 있어요. 최근 업데이트: {date} {location}, {event}.',
  delay_exception:
    '죄송합니다. 택배사에서 {date}에 소포 {tracking}에 문제가 있다고 알려 왔어요({location}). 택배사와 확인하고 있어요.',
  delay_returned:
    '택배사가 소포 {tracking}을(를) 저희에게 반송하고 있어요({date}부터). 재배송이나 환불을 함께 정해 드릴게요.',
  delay_proactive:
    '안녕하세요! 주문 {order} 관련 안내드려요: {reason} 저희가 처리하고 있으니 여기서 계속 알려드릴게요.',

  return_started:
    '완료되었어요! 주문 {order} 건의 반품을 접수했어요 (반품 번호 {rma}). 착용하지 않은 상품을 택이 달린 상태로 포장해서 {date}까지 가까운 {carrier} 접수처에 맡겨 주세요. 선불 반품 라벨: {link}',
  return_window_closed:
    '주문 {order} 건은 {date}에 배송되어 {days}일 반품 기간이 지났어요. 도와드릴 방법이 있는지 담당자에게 확인을 요청했어요.',
  return_not_delivered:
    '주문 {order} 건은 아직 배송되지 않아서 반품할 수 없어요. 아직 발송 전이라면 대신 주문을 취소해 드릴 수 있어요.',
  return_which_item: '어떤 상품을 반품하시겠어요?',

  damage_sorry_ask_photo:
    '상품이 파손된 채로 도착해서 정말 죄송해요 😔 상품과 포장 상태 사진을 보내주시겠어요? 빠르게 해결하는 데 큰 도움이 돼요.',
  damage_claim_opened:
    '감사합니다. 보내주신 사진과 함께 주문 {order} 건의 파손 접수를 등록했어요 (접수 번호 {claim}). 담당자가 24시간 안에 교환 또는 환불로 연락드릴 거예요.',
  damage_photo_added: '확인했어요. 사진을 접수 번호 {claim}에 추가했어요.',

  size_ask_measurements:
    '사이즈 선택 도와드릴게요! 키와 몸무게, 또는 가슴둘레와 허리둘레(cm)를 알려주시겠어요?',
  size_ask_product: '어떤 상품을 보고 계세요?',
  size_recommend: '{product} 상품은 {size} 사이즈를 추천드려요.{equivalents}',
  size_between:
    '{product} 상품은 {size} 사이즈와 {size_up} 사이즈 사이예요. 여유 있게 입으시려면 {size_up}, 딱 맞게 입으시려면 {size} 사이즈를 추천드려요.',
  size_no_chart:
    '죄송해요, {product}의 사이즈표가 없어요. 원하시면 담당자가 선택을 도와드릴 수 있어요. ‘{agent}’ 버튼을 눌러 주세요.',
  size_convert: '{size} 사이즈({system})는 EU {eu} / US {us} / UK {uk} / JP {jp} / CN {cn}에 해당해요.',
  size_equivalents: ' EU {eu} / US {us} / UK {uk}에 해당해요.',

  address_ask_new:
    '네. 주문 {order}의 새 배송지를 알려주시겠어요? 도로명 주소, 상세 주소(동·호수), 우편번호를 함께 적어 주세요.',
  address_invalid:
    '죄송해요, 전체 주소를 확인하지 못했어요. 도로명 주소, 상세 주소, 우편번호를 보내주세요. 예: (06234) 서울특별시 강남구 테헤란로 123, 4층',
  address_confirm: '주문 {order}의 새 주소를 확인해 주세요: {address}',
  address_changed: '변경했어요! 주문 {order} 건은 다음 주소로 배송돼요: {address}',
  address_too_late:
    '주문 {order} 건은 이미 발송되어 여기서 주소를 변경할 수 없어요. 원하시면 담당자가 택배사에 배송지 변경을 요청해 드릴 수 있어요. ‘{agent}’ 버튼을 눌러 주세요.',

  cancel_confirm: '주문 {order} 건({items}, {total})을 취소하시겠어요?',
  cancelled:
    '주문 {order} 건이 취소되었어요. 환불 금액({total})은 영업일 기준 5–10일 안에 원래 결제 수단으로 들어가요.',
  cancel_kept: '알겠어요, 주문 {order} 건은 그대로 유지할게요.',
  cancel_too_late:
    '주문 {order} 건은 이미 배송 중이라 취소할 수 없어요. 받으신 후 무료로 반품하실 수 있어요.',

  product_info: '{product}: {material}. 관리 방법: {care}. 색상: {colours}.',
  product_in_stock: '{product} {variant} 옵션은 재고가 있어요.',
  product_out_of_stock: '{product} {variant} 옵션은 현재 품절이에요. {date}쯤 재입고될 예정이에요.',
  product_sold_out: '{product} {variant} 옵션은 현재 품절이에요.',
  product_unknown: '어떤 상품을 말씀하시는 건가요? 상품명이나 링크를 보내주세요.',

  handoff: '이 문의는 도와드릴 수 있는 담당자에게 연결해 드릴게요. 최대한 빨리 여기로 답변드릴 거예요.',
  button_video_call: '영상 통화',
  handoff_video: '더 편하시다면 영상 통화로도 상담하실 수 있어요: {link}',
  handoff_eta_open: '보통 {minutes}분 이내에 담당자가 답변드려요.',
  handoff_eta_closed:
    '지금은 상담 운영 시간이 아니에요. {when}부터 다시 상담이 가능해요. 여기에 계속 남겨 주시면 담당자가 모두 확인할 거예요.',
  handoff_waiting:
    '감사합니다, 담당자에게 전달해 두었어요. 여기로 답변드릴 거예요. 남겨 주신 내용은 사라지지 않아요.',
  agent_joined: '담당자가 채팅에 참여했어요. 여기로 답변드릴게요.',
  agent_video: '담당자가 영상 통화로 초대했어요. 눌러서 참여해 주세요: {link}',
  back_to_bot:
    '다시 상담 도우미와 연결됐어요. 주문, 배송 조회, 반품, 사이즈를 도와드릴 수 있어요. 무엇을 도와드릴까요?',
  back_to_bot_timeout:
    '죄송해요, 아직 답변 가능한 담당자가 없어요. 그동안 제가 도와드릴게요. 언제든 ‘{agent}’ 버튼을 다시 눌러 주세요.',
  rating_ask: '상담은 어떠셨나요? 이번 상담을 1점(아쉬움)부터 5점(매우 만족)까지 평가해 주세요.',
  rating_thanks: '소중한 의견 감사합니다! 🙏',
  proactive_intro: '안녕하세요! 주문 {order} 관련해서 먼저 알려드릴 소식이 있어요:',
  proactive_choices: '어떻게 하시겠어요? (이런 메시지를 원하지 않으시면 "중지"라고 답장해 주세요.)',
  optout_hint: '이 알림을 그만 받으시려면 "중지"라고 답장해 주세요.',
  button_keep_waiting: '계속 기다릴게요',
  button_get_updates: '업데이트 받기',
  button_cancel_refund: '취소하고 환불',
  proactive_waiting_ok: '기다려 주셔서 감사합니다! 주문 {order} 소식이 생기면 바로 여기로 알려드릴게요.',
  proactive_updates_on: '알겠습니다. 주문 {order}에 변동이 있을 때마다 여기로 알려드릴게요.',
  voice_not_supported:
    '아직 음성 메시지는 들을 수 없어요. 질문을 입력해 주시겠어요? 아니면 담당자에게 연결해 드릴게요.',
  image_ask_context: '사진 감사합니다! 어떤 문의인가요? 상품 파손, 반품, 아니면 다른 문의인가요?',
  media_received: '감사합니다, 파일을 받았어요.',
  declined_injection: '고객님 본인의 주문과 저희 상품에 대해서만 도와드릴 수 있어요. 무엇을 도와드릴까요?',
  error_try_again: '죄송해요, 처리 중에 문제가 생겼어요. 잠시 후 다시 시도해 주세요.',

  cancel_processing:
    '주문 {order} 건은 지금 포장 중이라 여기서는 취소할 수 없어요. 출고를 멈출 수 있는지 담당자에게 요청했어요. 이미 출고되었다면 받으신 후 무료로 반품하실 수 있어요.',
  cancel_delivered:
    '주문 {order} 건은 이미 배송 완료되어 취소할 수 없어요. 배송 후 {days}일 이내라면 무료로 반품하실 수 있으니, 원하시면 반품 접수를 말씀해 주세요.',
  address_processing:
    '주문 {order} 건은 지금 포장 중이라 여기서는 주소를 바꿀 수 없어요. 출고 전에 변경하도록 담당자에게 요청했어요.',
  address_delivered: '주문 {order} 건은 이미 배송 완료되어 주소를 더 이상 바꿀 수 없어요.',
  size_ask_waist:
    '감사합니다! {product}은(는) 허리둘레와 엉덩이둘레로 사이즈를 고르기 때문에 키와 몸무게만으로는 부족해요. 허리둘레가 몇 cm인지 알려주시겠어요? (아시면 엉덩이둘레도요)',
  size_ask_chest:
    '감사합니다! {product}은(는) 가슴둘레로 사이즈를 고르기 때문에 키와 몸무게만으로는 부족해요. 가장 넓은 부분을 잰 가슴둘레가 몇 cm인지 알려주시겠어요?',
  size_ask_foot:
    '{product}은(는) 발 길이로 사이즈를 골라요. 뒤꿈치부터 가장 긴 발가락까지 발 길이가 몇 cm인가요? 평소 신는 EU, US, UK 사이즈를 알려주셔도 돼요.',

  // Answers to one narrow question (when, where, which number, which refund), without the full status.
  eta_shipped: '주문 {order} 건은 {eta}까지 도착할 예정이에요 ({carrier}, 운송장 {tracking}).',
  eta_delayed:
    '택배사가 최근 안내한 운송장 {tracking} 택배의 도착 예정일은 {eta}인데, 배송이 늦어지고 있어서 며칠 더 걸릴 수 있어요.',
  eta_not_shipped:
    '주문 {order} 건은 아직 발송 전이라 도착 예정일이 없어요. 발송되면 운송장 번호와 함께 도착 예정일을 받으실 수 있어요.',
  location_answer: '운송장 {tracking} 택배의 최근 스캔 기록: {date} {location}, {event}.',
  tracking_number_answer: '주문 {order} 건은 {carrier} 택배로 발송되었어요. 운송장 번호: {tracking}',
  tracking_number_none: '주문 {order} 건은 아직 발송 전이라 운송장 번호가 없어요.',
  refund_timing_return:
    '반품 {rma} 건의 환불은 상품이 저희 물류센터에 도착하면 원래 결제 수단으로 진행돼요. 보통 발송하신 날로부터 영업일 기준 {days}일 이내예요.',
  refund_timing_cancelled:
    '주문 {order} 건의 환불({total})은 취소일로부터 영업일 기준 5–10일 이내에 원래 결제 수단으로 들어가요.',
  refund_timing_none: '주문 {order} 건은 아직 진행 중인 환불이 없어요. 원하시면 반품 접수를 도와드릴게요.',
  return_label_again:
    '반품 {rma} 건의 선불 반품 라벨을 다시 보내드려요: {link} {date}까지 가까운 {carrier} 접수처에 맡겨 주세요.',
  return_label_none: '주문 {order} 건은 아직 접수된 반품이 없어요. 말씀만 해 주시면 바로 접수해 드릴게요.',
  no_news:
    '주문 {order} 건은 지난번 안내 이후로 바뀐 내용이 없어서, 그게 아직 가장 최신 정보예요. 담당자에게 연결해 드릴까요?',

  // Sent only once a case really exists: no other message may promise that someone chases the carrier.
  delay_case_opened: '담당자가 택배사에 확인할 수 있도록 문의 {case} 건을 접수했어요.',

  // Keeping the conversation on track: no answer known, an unclear pick or yes/no, a dropped task, commands.
  faq_unknown:
    '죄송해요, 그 질문에는 제가 정확히 답변드리기 어려워요. 담당자가 도와드릴 수 있어요. ‘{agent}’ 버튼을 눌러 주세요.',
  choice_not_understood:
    '죄송해요, 어느 것을 말씀하시는 건가요? 아래 선택지 중 하나를 누르시거나 번호를 보내 주세요.',
  confirm_again: '죄송해요, ‘네’인가요, ‘아니요’인가요? 아래 버튼 중 하나를 눌러 주세요.',
  abandoned: '알겠어요, 그건 진행하지 않을게요. 더 도와드릴 일이 있을까요?',
  language_switched: '네, 이제부터 한국어로 안내해 드릴게요.',
  command_help:
    '저는 {brand} 상담 도우미예요. 주문, 배송, 반품, 사이즈, 주소 변경, 주문 취소에 대해 편하게 물어보세요. 업데이트 메시지를 그만 받으시려면 STOP을 보내 주세요.',

  // Consent and privacy. STOP and START stay as written in every language: they are the keywords to send.
  optout_confirmed:
    '설정했어요. 이제 {brand}의 업데이트 메시지는 보내 드리지 않아요. 메시지는 언제든 보내실 수 있고, 다시 받으시려면 START를 보내 주세요.',
  optin_confirmed: '다시 오신 걸 환영해요! {brand}의 주문 알림을 다시 보내 드릴게요.',
  data_request_access:
    '개인정보 사본 요청을 개인정보 보호팀에 전달했어요. {days}일 이내에 여기로 답변드릴 거예요.',
  data_request_deletion:
    '개인정보 삭제 요청을 개인정보 보호팀에 전달했어요. {days}일 이내에 여기로 처리 결과를 알려드릴 거예요.',

  // Carrier events by code (ShipmentEventCode), read inside status sentences: short, no full stop.
  event_label_created: '운송장 생성, 집하 대기',
  event_picked_up: '택배사 집하 완료',
  event_in_transit: '배송 중',
  event_departed_origin: '출발 허브에서 출발',
  event_arrived_hub: '분류 허브 도착',
  event_export_customs: '수출 통관 완료',
  event_customs_hold: '세관 보류 중',
  event_customs_cleared: '수입 통관 완료',
  event_port_congestion: '항만 혼잡으로 지연',
  event_arrived_destination: '도착 국가에 도착',
  event_out_for_delivery: '배송 출발',
  event_delivery_attempt_failed: '배송 시도 실패, 수령인 부재',
  event_delivered: '배송 완료',
  event_returned_to_sender: '발송인에게 반송',
  event_exception: '택배사 배송 이상',
};
