import type { TopicLexicon } from './types';

// Brazilian Portuguese as typed on WhatsApp: "qdo", "qnd", "vc", "pra", "tá", "cadê/kd", "grana", and the
// Brazilian money words (estorno, Pix, boleto, parcelado). Past forms ("quando chegou veio quebrado") tell
// a story and are left out of the arrival cues.
const WHEN = '(?:quando|qdo|qnd|qndo|quand|qndo)';
const NOT_REFUND =
  '(?<!(?:estorno|reembols|dinheiro|grana|devolu)[^?.!]*)(?![^?.!]*(?:estorno|reembols|dinheiro|grana|devolu))';
const NOT_ADDRESS = '(?!(?:minha|meu|casa|outro|outra|endere[cç]o|trabalho|tempo|hoje|amanh[aã]|\\d)\\b)';

export const ptBR: TopicLexicon = {
  script: 'latin',
  wordStart: true,
  facets: {
    eta: [
      `${WHEN}\\b[^?.!]{0,25}\\b(?:chega|chegam|chegar|chegara|chegar[aá]|vai chegar|v[aã]o chegar|vou receber|recebo|receberei|me entregam|entregam|entrega|vem|vai vir|t[aá] chegando|estar[aá] aqui)\\b`,
      'previs[aã]o (?:de |da )?(?:entrega|chegada)',
      'qual (?:a|[eé] a|e a) previs[aã]o',
      '(?:chega|chegam|vem|entrega|entregam|recebo) quando\\b',
      '(?:vai chegar|chega|chegam|chegar[aá]|vem) (?:hoje|amanh[aã]|essa semana|esta semana|at[eé]|antes)',
      '(?:quanto tempo|quantos dias) (?:ainda )?(?:falta|faltam)',
    ],
    location: [
      '(?:onde|aonde|cad[eê]|kd)\\b[^?.!]{0,25}\\b(?:agora|atualmente|exatamente|nesse momento|neste momento|no momento)\\b',
      'localiza[cç][aã]o (?:atual|exata|do pacote|da encomenda|do pedido)',
      'em (?:que|qual) (?:cidade|estado|pa[ií]s|lugar|centro|cd) (?:est[aá]|t[aá]|ele|ela|meu|minha|se encontra)',
      'por onde (?:anda|est[aá]|t[aá])',
    ],
    refund_timing: [
      `(?:${WHEN}|quanto tempo|quantos dias|prazo)\\b[^?.!]{0,30}\\b(?:estorno|extorno|reembols|dinheiro|grana|devolu[cç][aã]o do (?:dinheiro|valor)|ressarc|cai o|cair o|cai na)`,
      '(?:cad[eê]|kd|onde (?:est[aá]|t[aá])) (?:o |meu )?(?:estorno|extorno|reembolso|dinheiro)',
      '(?:estorno|extorno|reembolso)\\b[^?.!]{0,15}\\b(?:demora|quando|prazo|cai)',
      '(?:ainda n[aã]o|n[aã]o) (?:caiu|recebi|veio|entrou)\\b[^?.!]{0,15}\\b(?:estorno|extorno|reembolso|dinheiro)',
    ],
    return_label: [
      'etiqueta (?:de |da |pra |para )?(?:devolu|retorno|envio|postagem|troca)',
      '(?:manda|mande|envia|envie|reenvia|perdi|cad[eê]|kd|preciso d[ae]|imprimir|n[aã]o recebi|n[aã]o chegou)\\w* (?:de novo )?(?:a |uma |outra |nova )?etiqueta',
      'c[oó]digo (?:de )?(?:postagem|autoriza[cç][aã]o de postagem|devolu[cç][aã]o|reversa)',
      'log[ií]stica reversa',
      'como (?:eu )?(?:fa[cç]o|fazer) (?:pra|para) (?:enviar|mandar|devolver|postar)\\b[^?.!]{0,15}\\b(?:de volta|devolta)',
      '(?:como|onde) (?:eu )?(?:envio|mando|posto|despacho|devolvo) (?:de volta|devolta|a devolu)',
      'endere[cç]o (?:de|pra|para) (?:a )?(?:devolu|devolver)',
    ],
    tracking_number: [
      '(?:c[oó]digo|n[uú]mero|numero|link|cod\\.?) (?:de |do )?(?:rastreio|rastreamento|rastreiamento|rastrio|rastreo|tracking|objeto)',
      '(?:manda|mande|passa|passe|me passa|envia|envie|tem|qual|qual [eé]|qual o|cad[eê]|kd) (?:me )?(?:o |a |um )?(?:rastreio|rastreamento|rastreiamento|tracking)\\b',
      '(?:cad[eê]|kd|qual) (?:o )?c[oó]digo\\b(?! (?:de |do )?(?:desconto|cupom|promo))',
    ],
  },
  faq: {
    shipping_countries: [
      `(?:(?:voc[eê]s?|vcs|vc|a loja) (?:entrega|envia|manda)|entregam|enviam|mandam|despacham|fazem (?:entregas?|envios?))\\w* (?:no|na|pro|pra|para|em|ao|at[eé]|pelo|fora)\\b ${NOT_ADDRESS}`,
      '(?:entrega|envio|frete)s? (?:internaciona|pro exterior|para o exterior|pra fora|para fora)',
      '(?:enviam|entregam|mandam) (?:pro|para o) exterior',
      '(?:quais|que|pra quais|para quais) pa[ií]ses',
      '(?:atendem|atende|entregam em) (?:a |o )?(?:minha (?:regi[aã]o|cidade)|todo o brasil|meu cep)',
    ],
    shipping_times: [
      `quanto tempo ${NOT_REFUND}(?:demora|leva|levam|demoram|pra chegar|para chegar|de entrega|o frete|a entrega|chega)`,
      `quantos dias ${NOT_REFUND}(?:demora|leva|pra|para|de|[uú]teis|chega)`,
      '(?<!(?:passou|venceu|estourou|passou do|ultrapassou)(?: o| do)? )prazo (?:de |do |da )?(?:entrega|envio|frete|postagem|chegada)',
      `(?:demora|leva) ${NOT_REFUND}quant[oa]s? (?:tempo |dias )?(?:pra|para) (?:chegar|entregar)`,
      'em quanto tempo (?:chega|entrega|entregam|vem)',
    ],
    duties_taxes: [
      'taxa (?:de |da |do |dos )?(?:importa[cç][aã]o|alf[aâ]ndega|correios|receita|despacho)',
      'impost[oa]s?\\b',
      'taxad\\w*|taxa[cç][aã]o|tributad\\w*|tributo',
      'alf[aâ]ndega\\b[^?.!]{0,20}\\b(?:pag|cobr|taxa)',
      '(?:pagar|pago|cobram|cobra) (?:\\w+ ){0,2}(?:alf[aâ]ndega|imposto)',
      'icms\\b|remessa conforme',
    ],
    exchange_policy: [
      '(?:posso|d[aá] pra|da pra|d[aá] para|tem como|fazem|aceitam|quero|queria|gostaria de|pode|consigo|como fa[cç]o (?:pra|para|a)) (?:fazer (?:a |uma )?)?troca(?:r|s)?\\b(?! (?:de |o |a |meu |minha )?endere)(?<!endere[cç]o[^?.!]*)',
      'troca(?:r)? (?:de |o |a |por |pelo |pela )?(?:outro |outra |um |uma )?(?:tamanho|cor|n[uú]mero|numera[cç][aã]o|modelo|tam)\\b',
      'pol[ií]tica de trocas?\\b(?! e devolu)',
    ],
    refund_policy: [
      'pol[ií]tica (?:de |do |da )?(?:reembols|devolu|trocas? e devolu|estorno|garantia)',
      '(?:aceitam|fazem|tem|t[eê]m) (?:devolu[cç](?:[aã]o|[oõ]es)|reembolso)',
      '(?:posso|d[aá] pra|da pra|tem como|consigo) devolver\\b[^?.!]{0,25}\\b(?:se|caso|depois|ap[oó]s)\\b',
      'prazo (?:pra|para|de) (?:devolu|devolver|arrepend|troca)',
      'arrependimento',
      '(?:quantos dias|quanto tempo)\\b[^?.!]{0,15}\\b(?:pra|para) devolver',
      'devolu[cç][aã]o (?:gr[aá]tis|gratuita)',
    ],
    payment_methods: [
      'pix\\b|boleto|picpay|mercado ?pago|ame digital',
      'parcel(?:a|as|ado|ada|ar|amento|o)\\b|em (?:quantas|at[eé] \\d+|\\d+) ?(?:x|vezes)\\b|sem juros',
      '(?:formas?|m[eé]todos?|meios?|op[cç][oõ]es) de pagamento',
      '(?:aceitam|aceita|pode|posso|d[aá] pra|da pra) (?:pagar )?(?:com |no |em |via |por )?(?:cart[aã]o|pix|boleto|paypal|d[eé]bito|cr[eé]dito)',
      'pag(?:ar|o|amento) (?:com|no|em|via|por|na) (?:cart[aã]o|pix|boleto|paypal|d[eé]bito|cr[eé]dito|dinheiro|entrega)',
      'como (?:eu )?(?:posso )?pag(?:o|ar)\\b',
    ],
  },
};
