// Japanese: polite です/ます with light customer-service keigo (ご注文, お届け), kept conversational for chat.
// Full-width punctuation; the size-equivalents sentence carries no leading space because Japanese needs none.
import type { Catalog } from './en';

export const ja: Catalog = {
  greeting:
    'こんにちは！👋 {brand}のアシスタントです。ご注文の配送状況の確認、返品、サイズ選び、住所変更、キャンセルのお手伝いができます。どのようなご用件でしょうか？',
  thanks_bye: 'どういたしまして！素敵な一日をお過ごしください😊',
  clarify:
    '申し訳ありません、うまく理解できませんでした。ご注文、配送状況、返品、サイズ、住所変更、キャンセルについてお手伝いできます。どのようなご用件でしょうか？',
  clarify_again:
    '申し訳ありません、まだうまく理解できませんでした。別の言い方でお送りいただくか、選択肢からお選びください。スタッフにおつなぎすることもできます。',
  ask_more: 'どのようなご用件でしょうか？ご注文、配送、返品、サイズについてお気軽にお尋ねください。',
  menu_track: '注文を追跡する',
  menu_return: '商品を返品する',
  menu_size: 'サイズの相談',
  menu_agent: 'スタッフと話す',
  button_yes: 'はい',
  button_no: 'いいえ',

  ask_order_number: 'かしこまりました！ご注文番号を教えていただけますか？#48213のような5桁の番号です。',
  which_order: 'どちらのご注文でしょうか？',
  order_option: '#{order}・{date}・{items}',
  no_orders:
    'このチャットに紐づくご注文がまだ見つかりません。別の電話番号やメールアドレスでご注文された場合は、ご注文番号を送っていただければお調べします。',
  order_not_found: 'ご注文{order}が見つかりませんでした。番号をもう一度ご確認いただけますか？',
  not_your_order:
    'プライバシー保護のため、ご本人のご注文のみご案内しています。ご注文{order}がお客様のものでしたら、ご購入時のメールアドレスまたは郵便番号で確認させてください。',

  verify_ask:
    'ご注文情報を守るため、ご注文番号と、ご購入時に使用したメールアドレスまたは郵便番号を一緒に送っていただけますか？',
  verify_ask_secret:
    'ありがとうございます！続けて、ご注文{order}で使用したメールアドレスまたは郵便番号を送ってください。',
  verify_ok: 'ありがとうございます。本人確認が完了しました✅',
  verify_failed:
    '申し訳ありません、ご入力の情報が登録内容と一致しませんでした。ご注文番号とメールアドレスまたは郵便番号をご確認のうえ、もう一度お試しください。',
  verify_failed_left:
    'ご入力の情報がまだ登録内容と一致しません。あと{left}回お試しいただけます。それでも一致しない場合、本人確認は1時間停止されます。',
  verify_third_party:
    'プライバシー保護のため、ご注文{order}についてはご注文者ご本人とのみお話しできます。ご本人様からのメッセージをお待ちしております。すぐに対応いたします。',
  verify_private_only:
    'プライバシー保護のため、ご注文の確認は個別のトークでのみ承っています。お手数ですが、直接メッセージをお送りください。',
  verify_locked:
    '試行回数が上限に達しました。{minutes}分後にもう一度お試しいただくか、スタッフへの相談をご希望ください。',

  status_pending: 'ご注文{order}は確定済みで、梱包待ちです。発送され次第、追跡番号をお知らせします。',
  status_processing: 'ご注文{order}はただいま梱包中です。1〜2営業日以内に発送予定です。',
  status_shipped:
    'ご注文{order}は{carrier}で配送中です（追跡番号{tracking}）。最新情報：{event}、{location}、{date}。お届け予定日：{eta}。',
  status_delivered: 'ご注文{order}は{date}にお届け済みです。気に入っていただけますように！',
  status_cancelled: 'ご注文{order}はキャンセルされました。返金がある場合は、元のお支払い方法へ返金済みです。',
  status_returned: 'ご注文{order}は返品・返金が完了しています。',
  tracking_link: '荷物を追跡する',

  delay_customs:
    'お待たせしてしまい申し訳ありません。お荷物{tracking}は{date}から{location}の税関で保留されています。通関検査は通常3〜7日ほどかかり、配送業者は現在{eta}ごろのお届けを見込んでいます。',
  delay_port:
    'お待たせしてしまい申し訳ありません。お荷物{tracking}は{date}から{location}の混雑により遅れています。配送業者は現在{eta}ごろのお届けを見込んでいます。',
  delay_silent:
    'お待たせしてしまい申し訳ありません。お荷物{tracking}は{date}（{location}）以降、配送業者の更新が止まっています。',
  delay_failed_attempt:
    '配送業者が{date}にお荷物{tracking}のお届けを試みましたが、お届けできませんでした。通常は翌営業日に再配達されますが、配送業者のサイトから再配達の日時を指定することもできます。',
  delay_on_time:
    '良いお知らせです。ご注文{order}は予定どおり進んでいます。最新情報は{event}（{location}、{date}）で、{eta}までにお届けの見込みです。',
  delay_late:
    'お待たせしてしまい申し訳ありません。お荷物{tracking}は、配送業者の予定日（{eta}）より遅れています。最新情報は{event}（{location}、{date}）です。',
  delay_exception:
    '申し訳ありません。配送業者から、お荷物{tracking}について{date}に問題の報告がありました（{location}）。現在、配送業者と確認しています。',
  delay_returned:
    '配送業者がお荷物{tracking}を当店へ返送しています（{date}から）。再配送または返金について、ご相談させてください。',
  delay_proactive:
    'こんにちは！ご注文{order}についてお知らせです：{reason} ただいま対応中ですので、こちらで続報をお伝えします。',

  return_started:
    '手続きが完了しました！ご注文{order}の返品{rma}を受け付けました。未使用・タグ付きの状態で梱包し、{date}までに{carrier}の取扱店へお持ち込みください。送料支払い済みの返送ラベルはこちら：{link}',
  return_window_closed:
    'ご注文{order}は{date}にお届け済みのため、{days}日間の返品期間を過ぎています。対応できることがないか、担当スタッフに確認を依頼しました。',
  return_not_delivered:
    'ご注文{order}はまだお届け前のため、返品はできません。まだ発送前でしたら、代わりにキャンセルすることもできます。',
  return_which_item: 'どちらの商品を返品されますか？',

  damage_sorry_ask_photo:
    '破損した状態で届いてしまい、大変申し訳ありません😔 商品と梱包の写真を送っていただけますか？迅速な対応に役立ちます。',
  damage_claim_opened:
    'ありがとうございます。お送りいただいた写真とともに、ご注文{order}の申請{claim}を受け付けました。24時間以内に担当スタッフから交換または返金についてご連絡します。',
  damage_photo_added: '承知しました。写真を申請{claim}に追加しました。',

  size_ask_measurements:
    'サイズ選びをお手伝いします！身長と体重、または胸囲とウエスト（cm）を教えていただけますか？',
  size_ask_product: 'どちらの商品をご検討中ですか？',
  size_recommend: '{product}なら{size}サイズがおすすめです。{equivalents}',
  size_between:
    '{product}では{size}と{size_up}の中間です。ゆったり着たい場合は{size_up}、ぴったり着たい場合は{size}をお選びください。',
  size_no_chart:
    '申し訳ありません、{product}のサイズ表がありません。ご希望でしたらスタッフがサイズ選びをお手伝いしますので、「{agent}」をタップしてください。',
  size_convert: '{size}サイズ（{system}）は、EU {eu}／US {us}／UK {uk}／JP {jp}／CN {cn}に相当します。',
  size_equivalents: 'EU {eu}／US {us}／UK {uk}に相当します。',

  address_ask_new:
    'かしこまりました。ご注文{order}の新しいお届け先を教えてください。郵便番号・都道府県・市区町村・番地（建物名・部屋番号まで）をご記入ください。',
  address_invalid:
    '申し訳ありません、住所をすべて読み取れませんでした。郵便番号・都道府県・市区町村・番地を送ってください（例：〒150-0001 東京都渋谷区神宮前1-2-3 神宮前ハイツ101）。',
  address_confirm: 'ご注文{order}の新しいお届け先をご確認ください：{address}',
  address_changed: '変更しました！ご注文{order}は次の住所へお届けします：{address}',
  address_too_late:
    'ご注文{order}はすでに発送済みのため、こちらでは住所を変更できません。ご希望でしたら、スタッフから配送業者へ転送を依頼できますので、「{agent}」をタップしてください。',

  cancel_confirm: 'ご注文{order}（{items}、{total}）をキャンセルしますか？',
  cancelled:
    'ご注文{order}をキャンセルしました。{total}の返金は、5〜10営業日以内に元のお支払い方法へ反映されます。',
  cancel_kept: '承知しました。ご注文{order}はそのままにしておきます。',
  cancel_too_late:
    'ご注文{order}はすでに配送中のため、キャンセルできません。お受け取り後、無料で返品いただけます。',

  product_info: '{product}：{material}。お手入れ：{care}。カラー：{colours}。',
  product_in_stock: '{product}（{variant}）は在庫がございます。',
  product_out_of_stock: '{product}（{variant}）は現在売り切れです。{date}ごろに再入荷の予定です。',
  product_sold_out: '{product}（{variant}）は現在売り切れです。',
  product_unknown: 'どちらの商品でしょうか？商品名またはリンクを送ってください。',

  handoff: 'この件は担当スタッフにおつなぎします。こちらのチャットでできるだけ早くご返信します。',
  button_video_call: 'ビデオ通話',
  handoff_video: 'ご都合がよろしければ、ビデオ通話でもご相談いただけます：{link}',
  handoff_eta_open: '通常、{minutes}分ほどでスタッフからご返信します。',
  handoff_eta_closed:
    'ただいまスタッフは営業時間外です。次回の対応開始は{when}です。このままこちらにメッセージをお送りいただければ、スタッフがすべて確認します。',
  handoff_waiting:
    'ありがとうございます、担当スタッフに共有しました。お送りいただいた内容はすべて届きますので、こちらでご返信をお待ちください。',
  agent_joined: '担当スタッフがチャットに参加しました。こちらでご返信します。',
  agent_video: '担当スタッフからビデオ通話のご案内です。タップしてご参加ください：{link}',
  back_to_bot:
    'アシスタントとのチャットに戻りました。ご注文、配送状況、返品、サイズについてお手伝いできます。どのようなご用件でしょうか？',
  back_to_bot_timeout:
    '申し訳ありません、まだスタッフが対応できていません。その間は私がお手伝いします。いつでももう一度「{agent}」をタップしてください。',
  rating_ask: '本日の対応はいかがでしたか？このチャットを1（不満）から5（とても満足）で評価してください。',
  rating_thanks: 'ご意見ありがとうございます！🙏',
  proactive_intro: 'こんにちは！ご注文 {order} について、先にお知らせです：',
  proactive_choices: 'どうされますか？（このようなお知らせが不要な場合は「停止」と返信してください。）',
  optout_hint: 'このお知らせを停止するには「停止」と返信してください。',
  button_keep_waiting: 'このまま待つ',
  button_get_updates: '最新情報を受け取る',
  button_cancel_refund: 'キャンセルして返金',
  proactive_waiting_ok:
    'お待ちいただきありがとうございます！ご注文 {order} に動きがあり次第、こちらでお知らせします。',
  proactive_updates_on: '承知しました。ご注文 {order} に動きがあるたびにこちらでお知らせします。',
  voice_not_supported:
    '申し訳ありません、音声メッセージはまだ聞き取れません。ご質問を入力していただけますか？スタッフにおつなぎすることもできます。',
  image_ask_context: '写真をありがとうございます！商品の破損、返品、それ以外のどのご用件でしょうか？',
  media_received: 'ありがとうございます。ファイルを受け取りました。',
  declined_injection:
    'お客様ご自身のご注文と当店の商品についてのみお手伝いできます。どのようなご用件でしょうか？',
  error_try_again: '申し訳ありません、こちらで問題が発生しました。少し時間をおいてもう一度お試しください。',

  cancel_processing:
    'ご注文{order}は現在梱包中のため、こちらではキャンセルできません。発送を止められないか担当スタッフに依頼しました。すでに発送済みの場合は、お受け取り後に無料で返品いただけます。',
  cancel_delivered:
    'ご注文{order}はお届け済みのため、キャンセルできません。お届けから{days}日以内であれば無料で返品いただけますので、返品をご希望の際はお知らせください。',
  address_processing:
    'ご注文{order}は現在梱包中のため、こちらではお届け先を変更できません。発送前に変更できるよう担当スタッフに依頼しました。',
  address_delivered: 'ご注文{order}はお届け済みのため、お届け先を変更できません。',
  size_ask_waist:
    'ありがとうございます。{product}はウエストとヒップでサイズを選ぶため、身長と体重だけでは判断できません。ウエスト（cm）を教えていただけますか？（わかればヒップも）',
  size_ask_chest:
    'ありがとうございます。{product}は胸囲でサイズを選ぶため、身長と体重だけでは判断できません。胸囲（cm、いちばん太い部分）を教えていただけますか？',
  size_ask_foot:
    '{product}は足の長さでサイズを選びます。かかとからいちばん長い指先まで、足の長さは何cmですか？普段お履きのサイズ（EU・US・UK）でも大丈夫です。',

  // Answers to one narrow question (when, where, which number, which refund), without the full status.
  eta_shipped: 'ご注文{order}は{eta}までにお届けの予定です（{carrier}、追跡番号{tracking}）。',
  eta_delayed:
    'お荷物{tracking}の配送業者による最新のお届け予定日は{eta}ですが、遅れが出ているため、さらに数日かかる場合があります。',
  eta_not_shipped:
    'ご注文{order}はまだ発送前のため、お届け予定日はまだ決まっていません。発送時に追跡番号と一緒にお知らせが届きます。',
  location_answer: 'お荷物{tracking}の最新の状況：{event}、{location}、{date}。',
  tracking_number_answer: 'ご注文{order}は{carrier}でお届けします。追跡番号は{tracking}です。',
  tracking_number_none: 'ご注文{order}はまだ発送前のため、追跡番号はまだありません。',
  refund_timing_return:
    '返品{rma}の返金は、お荷物が当店の倉庫に届き次第、元のお支払い方法へ行われます。通常、発送から{days}営業日以内です。',
  refund_timing_cancelled:
    'ご注文{order}の返金（{total}）は、キャンセルから5〜10営業日以内に元のお支払い方法へ行われます。',
  refund_timing_none:
    'ご注文{order}には、まだ返金の手続きはありません。ご希望でしたら返品の手続きを始められます。',
  return_label_again:
    '返品{rma}の送料支払い済みラベルを再度お送りします：{link} {date}までに{carrier}の取扱店へお持ち込みください。',
  return_label_none:
    'ご注文{order}には、まだ返品の手続きがありません。お申し付けいただければ手続きを始めます。',
  no_news:
    'ご注文{order}の最新情報は前回お伝えした内容のままで、その後の変化はありません。スタッフにおつなぎしましょうか？',

  // Sent only once a case really exists: no other message may promise that someone chases the carrier.
  delay_case_opened: 'スタッフが配送業者に確認できるよう、お問い合わせ{case}を作成しました。',

  // Keeping the conversation on track: no answer known, an unclear pick or yes/no, a dropped task, commands.
  faq_unknown:
    '申し訳ありません、その件にはうまくお答えできません。スタッフがお手伝いしますので、「{agent}」をタップしてください。',
  choice_not_understood:
    '申し訳ありません、どちらのことでしょうか？下の選択肢をタップするか、番号を送ってください。',
  confirm_again: '申し訳ありません、「はい」と「いいえ」のどちらでしょうか？下のボタンをタップしてください。',
  abandoned: '承知しました。先ほどの件は取りやめますね。ほかにお手伝いできることはありますか？',
  language_switched: '承知しました。日本語で続けますね。',
  command_help:
    '{brand}のアシスタントです。ご注文、配送、返品、サイズ、住所変更、キャンセルについて、普段の言葉で気軽にお尋ねください。お知らせを停止するには「STOP」と送ってください。',

  // Consent and privacy. STOP and START stay as written in every language: they are the keywords to send.
  optout_confirmed:
    '設定しました。今後、{brand}からのお知らせメッセージはお送りしません。このチャットにはいつでもご連絡いただけます。お知らせを再開するには「START」と送ってください。',
  optin_confirmed: 'おかえりなさい！{brand}からのご注文のお知らせを再開しました。',
  data_request_access:
    '個人データのコピーのご請求を、プライバシー担当チームに引き継ぎました。{days}日以内にこちらでご回答します。',
  data_request_deletion:
    '個人データの削除のご依頼を、プライバシー担当チームに引き継ぎました。{days}日以内にこちらで完了をご連絡します。',

  // Carrier events by code (ShipmentEventCode), read inside status sentences: short, no full stop.
  event_label_created: '送り状作成済み・集荷待ち',
  event_picked_up: '集荷済み',
  event_in_transit: '輸送中',
  event_departed_origin: '発送元の拠点を出発',
  event_arrived_hub: '仕分け拠点に到着',
  event_export_customs: '輸出通関完了',
  event_customs_hold: '税関で保留中',
  event_customs_cleared: '輸入通関完了',
  event_port_congestion: '港の混雑により遅延',
  event_arrived_destination: '配達先の国に到着',
  event_out_for_delivery: '配達中',
  event_delivery_attempt_failed: 'ご不在のため配達できず',
  event_delivered: '配達完了',
  event_returned_to_sender: '差出人へ返送',
  event_exception: '配送業者でトラブル発生',
};
