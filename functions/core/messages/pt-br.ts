// Brazilian Portuguese, "você": friendly store-chat tone (pedido, rastreio, troca/devolução).
import type { Catalog } from './en';

export const ptBR: Catalog = {
  greeting:
    'Oi! 👋 Sou o assistente da {brand}. Posso rastrear seu pedido e ajudar com devoluções, tamanhos, mudança de endereço e cancelamentos. Como posso ajudar?',
  thanks_bye: 'Por nada! Tenha um ótimo dia 😊',
  clarify:
    'Desculpe, não entendi muito bem. Posso ajudar com seus pedidos, rastreio, devoluções, tamanhos, mudança de endereço e cancelamentos. Do que você precisa?',
  clarify_again:
    'Desculpe, ainda não entendi. Pode falar de outro jeito ou tocar numa das opções? Também posso chamar alguém da equipe.',
  ask_more:
    'Como posso ajudar? Você pode me perguntar sobre um pedido, uma entrega, uma devolução ou um tamanho.',
  menu_track: 'Rastrear meu pedido',
  menu_return: 'Devolver um item',
  menu_size: 'Ajuda com tamanho',
  menu_agent: 'Falar com uma pessoa',
  button_yes: 'Sim',
  button_no: 'Não',

  ask_order_number: 'Claro! Qual é o número do seu pedido? Ele tem 5 dígitos, tipo #48213.',
  which_order: 'De qual pedido você está falando?',
  order_option: '#{order} · {date} · {items}',
  no_orders:
    'Ainda não encontrei pedidos ligados a este chat. Se você comprou com outro número de telefone ou e-mail, me mande o número do pedido que eu verifico.',
  order_not_found: 'Não encontrei o pedido {order}. Você pode conferir o número?',
  not_your_order:
    'Para proteger sua privacidade, só posso passar informações de pedidos feitos por você. Se o pedido {order} for seu, confirme com o e-mail ou o CEP usado na compra.',

  verify_ask:
    'Para manter seus pedidos seguros, me mande o número do pedido junto com o e-mail ou o CEP que você usou na compra.',
  verify_ask_secret: 'Obrigado! Agora me mande o e-mail ou o CEP que você usou no pedido {order}.',
  verify_ok: 'Obrigado, verificação concluída ✅',
  verify_failed:
    'Desculpe, esses dados não batem com o nosso cadastro. Confira o número do pedido e o e-mail ou CEP e tente de novo.',
  verify_failed_left:
    'Esses dados ainda não batem com o nosso cadastro. Tentativas restantes: {left}. Depois disso, a verificação fica pausada por uma hora.',
  verify_third_party:
    'Para proteger a privacidade, só posso falar do pedido {order} com quem fez a compra. Peça para a pessoa mandar mensagem do próprio chat e a gente ajuda na hora.',
  verify_private_only:
    'Para proteger sua privacidade, só consulto pedidos em conversa privada. Me chama direto que eu te ajudo por lá.',
  verify_locked:
    'Muitas tentativas. Tente de novo daqui a {minutes} minutos, ou peça para falar com uma pessoa que a gente ajuda.',

  status_pending:
    'O pedido {order} está confirmado e aguardando separação. Assim que for enviado, eu te mando o rastreio.',
  status_processing: 'O pedido {order} está sendo separado agora. Ele deve ser enviado em 1–2 dias úteis.',
  status_shipped:
    'O pedido {order} está a caminho com a {carrier} (rastreio {tracking}). Última atualização: {event}, {location}, {date}. Previsão de entrega: {eta}.',
  status_delivered: 'O pedido {order} foi entregue em {date}. Espero que você ame!',
  status_cancelled:
    'O pedido {order} foi cancelado. Se havia reembolso, ele já foi feito na forma de pagamento original.',
  status_returned: 'O pedido {order} foi devolvido e reembolsado.',
  tracking_link: 'Rastrear o pacote',

  delay_customs:
    'Desculpe pela espera. Seu pacote {tracking} está retido na alfândega em {location} desde {date}. A fiscalização costuma levar de 3 a 7 dias; a transportadora agora prevê a entrega por volta de {eta}.',
  delay_port:
    'Desculpe pela espera. Seu pacote {tracking} está atrasado por congestionamento em {location} desde {date}. A transportadora agora prevê a entrega por volta de {eta}.',
  delay_silent:
    'Desculpe pela espera. A transportadora não atualiza o pacote {tracking} desde {date} ({location}).',
  delay_failed_attempt:
    'A transportadora tentou entregar o pacote {tracking} em {date}, mas não conseguiu. Normalmente ela tenta de novo no próximo dia útil, ou você pode agendar uma nova entrega no site dela.',
  delay_on_time:
    'Boa notícia: o pedido {order} está dentro do prazo. A última atualização é {event} ({location}, {date}) e ele deve chegar até {eta}.',
  delay_late:
    'Desculpe pela espera. O pacote {tracking} está atrasado em relação à previsão da transportadora, que era {eta}. A última atualização é {event} ({location}, {date}).',
  delay_exception:
    'Sinto muito: a transportadora informou um problema com o pacote {tracking} em {date} ({location}). Estamos verificando com eles.',
  delay_returned:
    'A transportadora está devolvendo o pacote {tracking} para nós (desde {date}). Vamos combinar com você um novo envio ou o reembolso.',
  delay_proactive:
    'Oi! Um aviso rápido sobre o pedido {order}: {reason} Já estamos cuidando disso e te aviso por aqui.',

  return_started:
    'Pronto! Abri a devolução {rma} do pedido {order}. Embale o(s) item(ns) sem uso e com as etiquetas, e deixe o pacote em qualquer ponto da {carrier} até {date}. Sua etiqueta pré-paga: {link}',
  return_window_closed:
    'O pedido {order} foi entregue em {date}, fora do nosso prazo de devolução de {days} dias. Pedi para alguém da equipe ver o que a gente pode fazer.',
  return_not_delivered:
    'O pedido {order} ainda não foi entregue, então não dá para devolver. Se ele ainda não foi enviado, posso cancelar.',
  return_which_item: 'Qual item você quer devolver?',

  damage_sorry_ask_photo:
    'Sinto muito que chegou danificado 😔 Você pode mandar uma foto do item e da embalagem? Isso ajuda a gente a resolver rapidinho.',
  damage_claim_opened:
    'Obrigado. Abri a ocorrência {claim} do pedido {order} com sua(s) foto(s). Alguém da equipe vai te responder em até 24 horas com uma troca ou reembolso.',
  damage_photo_added: 'Certo, adicionei a foto à ocorrência {claim}.',

  size_ask_measurements:
    'Posso te ajudar com o tamanho! Qual é sua altura e seu peso, ou as medidas de busto/tórax e cintura em cm?',
  size_ask_product: 'Qual peça você está olhando?',
  size_recommend: 'Para {product}, eu iria no tamanho {size}.{equivalents}',
  size_between:
    'Para {product} você fica entre o {size} e o {size_up}. Para um caimento mais soltinho, pegue o {size_up}; para mais justo, o {size}.',
  size_no_chart:
    'Desculpe, não tenho tabela de medidas para {product}. Se quiser, alguém da equipe pode te ajudar a escolher: toque em “{agent}”.',
  size_convert: 'O tamanho {size} ({system}) equivale a EU {eu} / US {us} / UK {uk} / JP {jp} / CN {cn}.',
  size_equivalents: ' Isso equivale a EU {eu} / US {us} / UK {uk}.',

  address_ask_new:
    'Claro. Qual é o novo endereço de entrega do pedido {order}? Inclua rua, número, bairro, cidade e CEP.',
  address_invalid:
    'Desculpe, não consegui identificar um endereço completo. Me mande rua, número, bairro, cidade e CEP, por exemplo: Rua Augusta, 1500, apto 42, Consolação, São Paulo - SP, 01304-001.',
  address_confirm: 'Confirme o novo endereço do pedido {order}: {address}',
  address_changed: 'Pronto! O pedido {order} será entregue em: {address}',
  address_too_late:
    'O pedido {order} já foi enviado, então não consigo mudar o endereço por aqui. Se quiser, alguém da equipe pode pedir para a transportadora redirecionar: toque em “{agent}”.',

  cancel_confirm: 'Você quer cancelar o pedido {order} ({items}, {total})?',
  cancelled:
    'O pedido {order} foi cancelado. O reembolso de {total} vai cair na forma de pagamento original em 5–10 dias úteis.',
  cancel_kept: 'Sem problemas, o pedido {order} continua como está.',
  cancel_too_late:
    'O pedido {order} já está a caminho, então não dá para cancelar. Quando chegar, você pode devolver sem custo.',

  product_info: '{product}: {material}. Cuidados: {care}. Cores: {colours}.',
  product_in_stock: '{product} na opção {variant} está disponível.',
  product_out_of_stock:
    '{product} na opção {variant} está esgotado no momento. A previsão de reposição é por volta de {date}.',
  product_sold_out: '{product} na opção {variant} está esgotado no momento.',
  product_unknown: 'De qual produto você está falando? Pode me mandar o nome ou um link.',

  handoff:
    'Vou chamar alguém da equipe que pode ajudar com isso. Essa pessoa vai te responder por aqui o quanto antes.',
  button_video_call: 'Videochamada',
  handoff_video: 'Se for mais fácil, você também pode entrar numa videochamada: {link}',
  handoff_eta_open: 'Alguém da equipe costuma responder em até {minutes} minutos.',
  handoff_eta_closed:
    'Nossa equipe não está online agora e volta {when}. Pode continuar escrevendo por aqui: a equipe vai ver tudo.',
  handoff_waiting:
    'Obrigado, já passei isso para a pessoa da equipe. Ela vai te responder por aqui, e nada do que você escrever se perde.',
  agent_joined: 'Uma pessoa da equipe entrou na conversa e vai te responder por aqui.',
  agent_video: 'Alguém da equipe está te convidando para uma videochamada. Toque para entrar: {link}',
  back_to_bot:
    'Você voltou a falar com o assistente. Posso ajudar com seus pedidos, rastreio, devoluções e tamanhos. Como posso ajudar?',
  back_to_bot_timeout:
    'Desculpe, ninguém da equipe conseguiu responder ainda. Enquanto isso, estou aqui para ajudar, e você pode tocar em “{agent}” de novo quando quiser.',
  rating_ask: 'Como foi o atendimento? Dê uma nota de 1 (ruim) a 5 (excelente) para esta conversa.',
  rating_thanks: 'Obrigado pelo seu feedback! 🙏',
  proactive_intro: 'Oi! Um aviso rápido sobre o pedido {order}, antes que você precise perguntar:',
  proactive_choices: 'O que você prefere? (Responda PARAR se não quiser receber mensagens assim.)',
  optout_hint: 'Responda PARAR para não receber mais estas atualizações.',
  button_keep_waiting: 'Continuar esperando',
  button_get_updates: 'Quero atualizações',
  button_cancel_refund: 'Cancelar e reembolso',
  proactive_waiting_ok: 'Obrigado pela paciência! Aviso aqui assim que tiver novidade do pedido {order}.',
  proactive_updates_on: 'Pronto: vou te avisar aqui sempre que o pedido {order} andar.',
  voice_not_supported:
    'Ainda não consigo ouvir mensagens de voz. Você pode digitar sua pergunta? Ou posso chamar alguém da equipe.',
  image_ask_context:
    'Obrigado pela foto! Ela é sobre o quê: um item danificado, uma devolução ou outra coisa?',
  media_received: 'Obrigado, recebi seu arquivo.',
  declined_injection:
    'Só posso ajudar com os seus próprios pedidos e com os nossos produtos. Como posso ajudar?',
  error_try_again: 'Desculpe, algo deu errado do meu lado. Tente de novo daqui a pouco.',

  cancel_processing:
    'O pedido {order} está sendo separado agora, então não consigo cancelar por aqui. Já pedi para um colega tentar segurar o envio. Se ele já tiver saído, você pode devolver sem custo quando chegar.',
  cancel_delivered:
    'O pedido {order} já foi entregue, então não dá para cancelar. Você ainda pode devolver sem custo em até {days} dias após a entrega: é só me pedir para abrir a devolução.',
  address_processing:
    'O pedido {order} está sendo separado agora, então não consigo mudar o endereço por aqui. Já pedi para um colega atualizar antes do envio.',
  address_delivered: 'O pedido {order} já foi entregue, então não dá mais para mudar o endereço.',
  size_ask_waist:
    'Obrigado! {product} segue as medidas de cintura e quadril, então altura e peso não bastam. Qual é a sua cintura em cm (e o quadril, se souber)?',
  size_ask_chest:
    'Obrigado! {product} segue a medida do tórax, então altura e peso não bastam. Quanto mede o seu tórax em cm, na parte mais larga?',
  size_ask_foot:
    'Para {product} eu uso o comprimento do pé. Quanto mede o seu pé em cm, do calcanhar ao dedo mais longo? Ou me diga um tamanho que você usa em EU, US ou UK.',

  // Answers to one narrow question (when, where, which number, which refund), without the full status.
  eta_shipped: 'O pedido {order} deve chegar até {eta} (rastreio {tracking} com a {carrier}).',
  eta_delayed:
    'A última previsão da transportadora para o pacote {tracking} é {eta}, mas ele está atrasado, então pode levar mais alguns dias.',
  eta_not_shipped:
    'O pedido {order} ainda não foi enviado, então ainda não tem data de entrega. Você recebe a previsão junto com o código de rastreio assim que ele sair.',
  location_answer: 'A última movimentação do pacote {tracking}: {event}, {location}, em {date}.',
  tracking_number_answer: 'O pedido {order} está com a {carrier}, código de rastreio {tracking}.',
  tracking_number_none: 'O pedido {order} ainda não foi enviado, então ainda não tem código de rastreio.',
  refund_timing_return:
    'O reembolso da devolução {rma} cai na forma de pagamento original assim que o pacote chegar ao nosso armazém, normalmente em até {days} dias úteis depois da postagem.',
  refund_timing_cancelled:
    'O reembolso do pedido {order} ({total}) volta para a forma de pagamento original em 5–10 dias úteis após o cancelamento.',
  refund_timing_none:
    'Ainda não tem nenhum reembolso aberto para o pedido {order}. Se quiser, posso abrir uma devolução.',
  return_label_again:
    'Aqui está de novo a etiqueta pré-paga da devolução {rma}: {link} Deixe o pacote em qualquer ponto da {carrier} até {date}.',
  return_label_none:
    'Ainda não tem nenhuma devolução aberta para o pedido {order}. É só me falar que eu abro uma.',
  no_news:
    'Essa ainda é a informação mais recente que tenho do pedido {order}: nada mudou desde a minha última mensagem. Quer que eu chame alguém da equipe?',

  // Sent only once a case really exists: no other message may promise that someone chases the carrier.
  delay_case_opened: 'Abri o chamado {case} para alguém da equipe cobrar a transportadora por você.',

  // Keeping the conversation on track: no answer known, an unclear pick or yes/no, a dropped task, commands.
  faq_unknown:
    'Desculpe, não tenho uma boa resposta para isso. Alguém da equipe pode ajudar: toque em “{agent}”.',
  choice_not_understood:
    'Desculpe, qual deles você quer dizer? Toque em uma das opções abaixo ou mande o número dela.',
  confirm_again: 'Desculpe, isso é um sim ou um não? Toque em um dos botões abaixo.',
  abandoned: 'Sem problemas, deixei isso de lado. Posso ajudar com mais alguma coisa?',
  language_switched: 'Claro, vou continuar em português.',
  command_help:
    'Sou o assistente da {brand}. Me pergunte do seu jeito sobre um pedido, uma entrega, uma devolução, um tamanho, uma mudança de endereço ou um cancelamento. Mande STOP para parar de receber atualizações.',

  // Consent and privacy. STOP and START stay as written in every language: they are the keywords to send.
  optout_confirmed:
    'Pronto: você não vai mais receber mensagens de atualização da {brand}. Pode continuar me escrevendo quando quiser, e é só mandar START para voltar a receber.',
  optin_confirmed:
    'Que bom ter você de volta! As atualizações dos seus pedidos da {brand} estão ativadas de novo.',
  data_request_access:
    'Passei sua solicitação de uma cópia dos seus dados pessoais para a nossa equipe de privacidade. A resposta vem por aqui em até {days} dias.',
  data_request_deletion:
    'Passei sua solicitação de exclusão dos seus dados pessoais para a nossa equipe de privacidade. A confirmação vem por aqui em até {days} dias.',

  // Carrier events by code (ShipmentEventCode), read inside status sentences: short, no full stop.
  event_label_created: 'etiqueta criada, aguardando coleta',
  event_picked_up: 'coletado pela transportadora',
  event_in_transit: 'em trânsito',
  event_departed_origin: 'saiu do centro de origem',
  event_arrived_hub: 'chegou a um centro de triagem',
  event_export_customs: 'liberado na alfândega de exportação',
  event_customs_hold: 'retido na alfândega',
  event_customs_cleared: 'liberado na alfândega de importação',
  event_port_congestion: 'atrasado por congestionamento no porto',
  event_arrived_destination: 'chegou ao país de destino',
  event_out_for_delivery: 'saiu para entrega',
  event_delivery_attempt_failed: 'tentativa de entrega sem sucesso, ninguém atendeu',
  event_delivered: 'entregue',
  event_returned_to_sender: 'devolvido ao remetente',
  event_exception: 'ocorrência com a transportadora',
};
