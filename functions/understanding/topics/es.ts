import type { TopicLexicon } from './types';

// Spanish of Mexico, Spain and South America as typed on chat: "pa cuando", "q dia", "ahorita", "lana",
// "plata", missing accents and inverted marks. Past forms ("cuando llegó estaba roto") are left out of the
// arrival cues on purpose: they tell a story, they do not ask when.
const WHEN =
  '(?:cu[aá]ndo|cuadno|cuando|cnd|qndo|pa ?cu[aá]ndo|para cu[aá]ndo|q d[ií]a|qu[eé] d[ií]a|en qu[eé] fecha)';
const ARRIVE =
  '(?:llega|llegan|llegar[aá]n?|llegue|lleguen|va a llegar|van a llegar|me llega|me llegan|recibo|recibir|recibir[eé]|lo tendr[eé]|me lo (?:entregan|traen|mandan)|entregan|entregar[aá]n|van a entregar|est[aá] aqu[ií]|estar[aá] aqu[ií]|viene|vienen)\\b';
// "cuánto tarda el reembolso" is one refund's timing, not shipping.
// "está agotado, cuándo llega más" asks for a restock; "si no llega esta semana…" sets a deadline.
const NOT_RESTOCK =
  '(?<!(?:agotad|stock|restock)[^?.!]*)(?![^?.!]*\\b(?:m[aá]s(?! o menos)|stock|restock|de nuevo|disponible)\\b)';
const NOT_IF = '(?<!\\bsi (?:no )?)';
const NOT_REFUND =
  '(?<!(?:reembols|rembols|dinero|plata|devoluci)[^?.!]*)(?![^?.!]*(?:reembols|rembols|dinero|plata|devoluci))';
const NOT_ADDRESS = '(?!(?:mi|tu|su|la|otra|otro|el|casa|domicilio|trabajo|oficina|tiempo|\\d)\\b)';

export const es: TopicLexicon = {
  script: 'latin',
  wordStart: true,
  facets: {
    eta: [
      `${NOT_RESTOCK}${WHEN}\\b[^?.!]{0,25}\\b${ARRIVE}`,
      `(?:llega|llegan|me llega|llegar[aá]|viene|lo recibo|lo entregan) (?:para )?${WHEN}\\b`,
      `(?<!pas[oó] (?:la )?)fecha (?:de |estimada de |aproximada de )?(?:entrega|llegada)\\b(?! (?:ya )?(?:pas[oó]|venci[oó]))`,
      '(?<!pas[oó] (?:la )?)fecha estimada',
      'cu[aá]nto (?:le )?(?:falta|queda) (?:para )?(?:que )?(?:llegue|me llegue|lo entreguen)',
      `(?:cu[aá]nto tarda|cu[aá]ntos d[ií]as|cu[aá]nto demora)\\b[^?.!]{0,20}\\b(?:mi|mis) (?:pedido|paquete|orden|compra|env[ií]o)`,
      `${NOT_IF}(?:llega|llegar[aá]|me llega|viene|lo entregan) (?:hoy|ma[nñ]ana|esta semana|el (?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado))`,
    ],
    location: [
      'd[oó]nde (?:est[aá]|esta|anda|va|queda|se encuentra)\\w*\\b[^?.!]{0,20}\\b(?:ahora|ahorita|en este momento|actualmente|exactamente|justo ahora)\\b',
      '(?:ahora|ahorita) (?:mismo )?(?:d[oó]nde|en d[oó]nde)',
      'por d[oó]nde (?:va|anda|viene)',
      'd[oó]nde anda',
      'ubicaci[oó]n (?:actual|exacta|del paquete|de mi paquete|del pedido)',
      'en (?:qu[eé]|cu[aá]l) (?:ciudad|pa[ií]s|parte|lugar|punto|bodega|almac[eé]n) (?:est[aá]|va|anda|se encuentra)',
    ],
    refund_timing: [
      `(?:${WHEN}|cu[aá]nto (?:tarda|demora|tiempo|se tarda)|en cu[aá]nto tiempo|cu[aá]ntos d[ií]as)\\b[^?.!]{0,30}(?:reembols|rembols|reenbols|me devuelv[ae]n|devuelv[ae]n (?:el |mi )?(?:dinero|plata|pago|lana)|dinero|plata|lana|reintegr|mi pago de vuelta)`,
      '(?:reembolso|rembolso|devoluci[oó]n del dinero|mi dinero|mi plata)\\b[^?.!]{0,15}\\b(?:cu[aá]ndo|tarda|demora|para cu[aá]ndo)',
      '(?:todav[ií]a|a[uú]n|sigo sin)\\b[^?.!]{0,20}\\b(?:reembols|rembols|mi dinero|mi plata|devuelven)',
    ],
    return_label: [
      'etiqueta (?:de |para (?:la |el )?)?(?:devoluci[oó]n|devolver|env[ií]o|retorno|regreso|devolucion)',
      '(?:manda|mandan|m[aá]ndame|mandame|env[ií]a|envia|env[ií]ame|envienme|reenv[ií]a|perd[ií]|no tengo|d[oó]nde est[aá]|necesito|imprimir|no me lleg[oó])\\w* (?:me )?(?:de nuevo |otra vez )?(?:la |otra |una |nueva )?etiqueta',
      'gu[ií]a (?:de |para )?(?:devoluci[oó]n|devolver|retorno|regreso)',
      'gu[ií]a prepagada',
      'c[oó]mo (?:lo |la |los |las )?(?:env[ií]o|mando|regreso|retorno|devuelvo) de (?:vuelta|regreso)',
      '(?:c[oó]mo|d[oó]nde) (?:lo |la |los |las )?(?:mando|env[ií]o|dejo|llevo) (?:para )?(?:devolver|la devoluci[oó]n)',
      'direcci[oó]n (?:para|de) (?:la )?(?:devoluci[oó]n|devolver)',
      '(?:c[oó]digo )?qr (?:para|de) (?:la )?devoluci',
    ],
    tracking_number: [
      '(?:n[uú]mero|num|no\\.?|c[oó]digo|link|enlace|liga) (?:de )?(?:seguimiento|rastreo|gu[ií]a|tracking|traking|rastreamiento)',
      '(?:p[aá]same|pasame|pasa|m[aá]ndame|mandame|manda|dame|d[eé]me|env[ií]ame|enviame|tienes|tienen|hay|cu[aá]l es|me pasas|me das|me mandas) (?:me )?(?:el |la |un |una )?(?:tracking|traking|gu[ií]a(?! de (?:tallas?|medidas))|rastreo|seguimiento)\\b',
      'no\\.? (?:de )?gu[ií]a',
    ],
  },
  faq: {
    shipping_countries: [
      `(?:hacen|tienen|hay|realizan|haces|manejan)\\w* (?:envios?|env[ií]os?|entregas?) (?:a|al|hacia|para|hasta) ${NOT_ADDRESS}`,
      '(?:hacen|tienen|hay|realizan|manejan)\\w* (?:envios?|env[ií]os?) (?:internacional|fuera|al extranjero)',
      `(?:env[ií]an|envian|mandan|despachan|entregan|llegan|shippean|hacen entregas|env[ií]as|mandas) (?:a|al|hasta|hacia|para) ${NOT_ADDRESS}`,
      '(?:a|para) (?:qu[eé]|cu[aá]les) pa[ií]ses',
      'env[ií]os? internacional',
      '(?:env[ií]an|envian|mandan|despachan) (?:al extranjero|internacionalmente|a todo el mundo|fuera de)',
    ],
    shipping_times: [
      `cu[aá]nto (?:tiempo )?${NOT_REFUND}(?:tarda|tardan|demora|demoran|se tarda|se demora|tardar[aá]|demorar[aá]|toma|se toma)\\w*`,
      `cu[aá]ntos d[ií]as ${NOT_REFUND}(?:tarda|demora|h[aá]biles|de env[ií]o|en llegar|para que llegue|se tarda|son)`,
      'tiempos? (?:de |del )?(?:entrega|env[ií]o|envio|llegada|despacho)',
      'en cu[aá]nto (?:tiempo )?(?:llega|llegan)',
      'plazos? de (?:entrega|env[ií]o)',
    ],
    duties_taxes: [
      '(?:pagar|pago|cobran|cobrar|cargos?|costos?|impuestos?|tasas?|tarifas?|gastos?)\\b (?:(?:de|en|por|la|el|algo|extra|la) )*aduan',
      'aranceles?',
      'impuestos? (?:de |a la )?(?:importaci[oó]n|aduana|aduanales|incluidos)',
      '(?:iva|impuestos?) incluid',
      'incluye\\w* (?:el )?(?:iva|impuestos?)',
      '(?:pagar|pago|cobran) (?:el )?iva\\b',
      '(?:con|sin) iva\\b',
    ],
    exchange_policy: [
      'cambi\\w* (?:de |la |el |por |a )?(?:otra |otro |una |un )?(?:talla|color|tama[nñ]o|n[uú]mero|modelo|size|numeraci[oó]n)',
      '(?:hacen|aceptan|se aceptan|tienen|se hacen|hay) cambios',
      '(?:puedo|se puede|podr[ií]a|puedes|pueden) cambiar(?:lo|la|los|las) (?:por|si)\\b',
      '(?:puedo|se puede) cambiar(?:lo|la|los|las)? ?\\?',
      'pol[ií]tica de cambios?',
    ],
    refund_policy: [
      'pol[ií]ticas? (?:de |del )?(?:devoluci|reembols|rembols|cambios y devol|garant)',
      '(?:aceptan|hacen|tienen|hay|se aceptan|dan|se hacen) (?:devoluciones|reembolsos)',
      '(?:cu[aá]nto tiempo|cu[aá]ntos d[ií]as|plazo)\\b[^?.!]{0,20}\\b(?:para |de )?(?:devolver|devoluci[oó]n|regresar)',
      '(?:se puede|puedo|podr[ií]a) (?:devolver|regresar)(?:lo|la|los|las)?\\b[^?.!]{0,20}\\b(?:si|despu[eé]s|en caso)\\b',
      'devoluci[oó]n(?:es)? (?:gratis|gratuitas?)',
      'garant[ií]a de (?:devoluci|reembols)',
      'qui[eé]n paga (?:el )?(?:env[ií]o de )?(?:la )?devoluci',
    ],
    payment_methods: [
      '(?:aceptan|acepta|reciben|toman)\\w* (?:pagos? (?:con|en) )?(?:tarjeta|paypal|efectivo|transferencia|mercado ?pago|oxxo|bizum|cripto|crypto|yape|nequi|d[eé]bito|cr[eé]dito)',
      'pag(?:ar|o|os|a|ue) (?:con|en|por|v[ií]a|mediante|a) (?:tarjeta|paypal|efectivo|transferencia|cuotas|meses|oxxo|mercado|bizum|yape|nequi|plin|contra ?entrega|dep[oó]sito|la entrega)',
      'contra ?entrega|contraentrega|pago al recibir|pago a la entrega|pagar al recibir',
      '(?:formas?|m[eé]todos?|medios?|opciones?) de pago',
      'meses sin intereses|msi\\b',
      '(?:mercado ?pago|oxxo|bizum|nequi|yape|plin|daviplata|pse|webpay|rapipago|pago ?f[aá]cil|spei|paypal|klarna)\\b',
      'c[oó]mo (?:puedo |se puede |le hago para )?pag',
      'en cuotas',
    ],
  },
};
