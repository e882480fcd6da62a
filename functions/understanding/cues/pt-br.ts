// Brazilian Portuguese ("beleza", "bora", "pode sim", "tá bom", "kkkk").
import type { CueLexicon } from './types';

// biome-ignore format: lexicon data reads best packed, a few entries a line
export const ptBR: CueLexicon = {
  yes: [
    'sim', 'simm', 's', 'ss', 'sss', 'sim sim', 'claro', 'claro que sim', 'com certeza', 'certeza', 'pode',
    'pode sim', 'pode ser', 'podem', 'isso', 'isso mesmo', 'isso aí', 'isso ai', 'exato', 'exatamente', 'certo',
    'tá', 'ta', 'tá bom', 'ta bom', 'tá bem', 'ta bem', 'tá certo', 'ta certo', 'beleza', 'blz', 'bora', 'bora lá',
    'fechado', 'combinado', 'positivo', 'perfeito', 'ótimo', 'otimo', 'uhum', 'aham', 'sim por favor',
    'sim, obrigado', 'sem problema', 'sem problemas', 'de boa', 'demorou', 'manda ver', 'quero', 'quero sim',
    'confirmo', 'confirmado', 'pode confirmar', 'pode cancelar', '~é', '~é isso', 'e isso', 'valeu', 'show',
    'ok obrigado', 'opa', 'opa sim', 'sim, pode', 'pode mandar', 'tô dentro', 'to dentro',
  ],
  no: [
    'não', 'nao', 'n', 'nn', 'nãao', 'naum', 'num', 'não não', 'nao nao', 'não obrigado', 'não obrigada',
    'nao obrigado', 'não, obrigado', 'ainda não', 'ainda nao', 'agora não', 'agora nao', 'não ainda',
    'nem pensar', 'de jeito nenhum', 'negativo', 'nunca', 'jamais', 'nope', 'claro que não', 'claro que nao',
    'não quero', 'nao quero', 'melhor não', 'melhor nao', 'não precisa', 'nao precisa', 'não é', 'nao e',
    'nada', 'nada ainda', 'não pode', 'nao pode', 'não, deixa', 'nem', 'nops', 'n precisa', 'nem precisa', 'n quero', 'n obrigado',
  ],
  strong: [
    'sim', 'claro', 'claro que sim', 'com certeza', 'pode sim', 'beleza', 'blz', 'bora', 'fechado', 'exato',
    'isso mesmo', 'ainda não', 'ainda nao', 'não obrigado', 'nao obrigado', 'nem pensar', 'de jeito nenhum',
    'claro que não', 'claro que nao', 'positivo', 'negativo', 'combinado', 'perfeito', 'uhum', 'aham',
  ],
  weak: ['pode', 'ta', 'tá', 'isso', 'certo', 'quero', 'nada', 'nunca', 'show', 'valeu', 'opa', 'num', 'nem'],
  follow: [
    'pode cancelar', 'cancela', 'cancelar', 'cancelo', 'pode', 'pode mandar', 'manda', 'mantém', 'mantem',
    'deixa', 'quero', 'obrigado', 'obrigada', 'obg', 'valeu', 'por favor', 'pfv', 'pf', 'ainda', 'confirma',
    'confirmo', 'isso', 'certo', 'moço', 'moça', 'amigo', 'amiga', 'o reembolso', 'reembolso', 'esse', 'essa',
  ],
  particles: ['por favor', 'pfv', 'pf', 'pfvr', 'obrigado', 'obrigada', 'obg', 'brigado', 'brigada', 'moço',
    'moça', 'amigo', 'amiga', 'mano', 'cara', 'né', 'ne', 'aí', 'ai', 'viu', 'tá', 'senhor', 'senhora'],
  undecided: ['sim e não', 'sim e nao', 'talvez', 'não sei', 'nao sei', 'sei lá', 'sei la', 'mais ou menos',
    'depende', 'acho que sim', 'acho que não', 'acho que nao', 'hmm', 'ué', 'ue'],
  localOnly: ['s', 'ss', 'n', 'nn', 'e isso', 'num', 'nem', 'nada', 'show', 'opa', 'ta'],
  ordinal: {
    words: [
      [1, ['primeiro', 'primeira', '1º', '1ª', '1o', '1a']],
      [2, ['segundo', 'segunda', '2º', '2ª', '2o', '2a']],
      [3, ['terceiro', 'terceira', '3º', '3ª', '3o', '3a']],
      [4, ['quarto', 'quarta', '4º', '4ª']],
      [5, ['quinto', 'quinta', '5º', '5ª']],
      [-1, ['último', 'última', 'ultimo', 'ultima']],
    ],
    numerals: [[1, ['um', 'uma']], [2, ['dois', 'duas']], [3, ['três', 'tres']], [4, ['quatro']], [5, ['cinco']]],
    frames: [
      '(?:o|a|os|as|do|da|no) {ord}(?! (?:vez|vezes|feira|semana|mes|dia|dias|ano|lugar))',
      '{ord} (?:pedido|opção|opcao|produto|encomenda|item|compra|pacote|endereço|endereco)',
      '(?:número|numero|opção|opcao|nº|n°|no\\.|#) ?{n}(?! (?:camisas|pares|peças|pecas|dias|produtos))',
    ],
  },
  other: [
    '(?:o|a) outr[oa](?! (?:dia|vez|semana))(?: (?:pedido|opção|opcao|produto|encomenda|item|compra))?',
    '^outr[oa]$', '^(?:esse|essa|este|esta) não$', '^(?:esse|essa|este|esta) nao$', '^não,? (?:esse|essa|o outro|a outra)',
    '^nao,? (?:esse|essa|o outro|a outra)', 'o outro pedido', 'a outra encomenda',
  ],
  all: [
    '(?:os|as) dois', '(?:os|as) duas', 'ambos', 'ambas', 'todos eles', 'todas elas', '^tod[oa]s', 'todos os pedidos',
    '(?:os|as) 2', '(?:os|as) dois pedidos', 'tudo junto'
  ],
  abandon: [
    'deixa pra lá', 'deixa pra la', 'deixa para lá', 'deixa para la', 'deixa quieto', '^esquece(?: isso)?$',
    'esquece isso', 'esqueça', 'esqueca', '^deixa$', '^(?:já )?não importa', '^(?:ja )?nao importa', 'tanto faz',
    'não precisa mais', 'nao precisa mais', 'deixa pra lá então', 'desencana', 'deixa isso',
  ],
  correction: [
    'quer dizer', 'quis dizer', 'queria dizer', '^digo,?', '^(?:ops|opa|desculpa|foi mal),? (?:errei|digo|quis)',
    'errei', 'me enganei', '^na verdade', 'foi mal', '^não,? espera', '^nao,? espera', 'me confundi', 'corrigindo',
    'digitei errado',
  ],
  optOut: [
    '^(?:para|pare|parar|chega|stop|sair|parem|cancelar inscrição|cancelar inscricao)$',
    'não quero (?:mais )?receber (?:mais )?(?:mensagens|msg|msgs|notificações|notificacoes|promoções|promocoes|propaganda|nada)',
    'nao quero (?:mais )?receber (?:mais )?(?:mensagens|msg|msgs|notificacoes|promocoes|propaganda|nada)',
    '^n[aã]o quero mais receber$', '(?:para|parem|pare) de (?:me )?(?:mandar|enviar)(?: mensage(?:m|ns)| msg| msgs| isso| propaganda)?$',
    '(?:para|parem|pare) de (?:me )?(?:mandar|enviar) (?:mensage(?:m|ns)|msg|msgs|propaganda|notificações|notificacoes)',
    'n[aã]o me (?:mandem|mande|envie|enviem) mais (?:mensage(?:m|ns)|msg|nada|propaganda)', 'n[aã]o me (?:mandem|enviem) mais$',
    '(?:cancelar|sair da|descadastrar da) (?:inscrição|inscricao|lista)', 'me descadastr\\p{L}*', 'descadastrar',
    'me tir(?:a|e|ar|em) da lista',
  ],
  optIn: [
    '^(?:start|ativar|reativar|voltar|assinar|inscrever)$',
    'quero (?:voltar a )?receber (?:as )?(?:mensagens|notificações|notificacoes|novidades|promoções|promocoes)(?: de novo| novamente)?',
    '(?:re)?ativar (?:as )?(?:mensagens|notificações|notificacoes)', 'me inscrever(?: de novo| novamente)?',
    'voltar a receber', 'pode(?:m)? (?:voltar a )?(?:mandar|enviar) (?:mensagens|msg|novidades)(?: de novo)?',
  ],
  dataDeletion: [
    '(?:apag|exclu|delet|remov|elimin)\\p{L}* (?:todos )?(?:os )?meus dados(?: pessoais)?',
    '(?:apag|exclu|delet|remov)\\p{L}* (?:a )?minha conta', '(?:apag|exclu|remov)\\p{L}* (?:minhas|as minhas) informações pessoais',
    'exclusão (?:dos|de) (?:meus )?dados', 'exclusao (?:dos|de) (?:meus )?dados', 'direito (?:ao esquecimento|de exclusão|de exclusao)',
  ],
  dataAccess: [
    '(?:quais|que) dados (?:vocês|voces|vcs|vc) (?:têm|tem|guardam|armazenam) (?:sobre|de) mim',
    '(?:uma )?cópia dos meus dados', '(?:uma )?copia dos meus dados', 'acesso aos meus dados', 'meus dados pessoais (?:que|armazenados)',
  ],
  deleteWords: ['apag\\p{L}*', 'exclu\\p{L}*', 'delet\\p{L}*', 'elimin\\p{L}*'],
  languageNames: {
    'pt-BR': ['português', 'portugues', 'portuges', 'portugues brasileiro', 'português do brasil', 'pt-br', 'brasileiro'],
    en: ['inglês', 'ingreis'],
    es: ['espanhol'],
    id: ['indonésio', 'indonesio'],
    ms: ['malaio'],
    th: ['tailandês'],
    ja: ['japonês'],
    zh: ['chinês', 'chines'],
    'zh-Hans': ['mandarim'],
    ko: ['coreano'],
    fr: ['francês'],
    de: ['alemão', 'alemao'],
    nl: ['holandês', 'neerlandês'],
    pl: ['polonês', 'polones'],
  },
  languageAsk: [
    '(?<!n[aã]o )(?:falar|fala|falam|fale|falem|escrever|escreve|escrevam|responder|responde|respondam|atender|conversar|continuar)(?: comigo)?(?: em)? {lang}',
    '(?:em|no) {lang} (?:por favor|pfv|pf|pls|plis)', 'prefiro (?:falar |conversar )?(?:em )?{lang}',
    '(?:sabe|sabem|pode|podem|consegue|conseguem|dá pra|da pra) (?:falar |escrever |atender )?(?:em )?{lang}',
    '(?:tem )?(?:alguém|alguem) que fal(?:e|a) {lang}', 'mud(?:a|ar|e) (?:o idioma )?pra {lang}',
  ],
  languageShort: ['^(?:em )?{lang}(?: por favor| pfv| pf| pls)?\\??$'],
  concepts: {
    personalData: [
      'meus dados(?: pessoais)?', 'dados pessoais', 'minhas (?:informa[cç][oõ]es|infos?)(?: pessoais)?', 'informa[cç][oõ]es pessoais',
      'o que (?:voc[eê]s|vcs|vc|voces) (?:t[eê]m|tem|guardam|sabem|armazenam) (?:de|sobre) mim',
      '(?:dados|informa[cç][oõ]es|infos?|tudo)(?: \\S+){0,4} (?:de|sobre|a respeito de) mim',
    ],
    access: [
      'quais', 'que dados', 'ver', 'saber', 'consultar', 'acess\\p{L}*', 'c[oó]pia', 'export\\p{L}*', 'baix\\p{L}*', 'me (?:mand|envi)\\p{L}*',
      '(?:mand|envi)(?:em|e|a)(?:-me)?', 'solicit\\p{L}*',
    ],
    erase: [
      'apag\\p{L}*', 'exclu\\p{L}*', 'delet\\p{L}*', 'remov\\p{L}*', 'elimin\\p{L}*', 'tir(?:a|em|ar) (?:meus|minhas|tudo)',
      'esque[cç]\\p{L}* de mim', 'encerr\\p{L}* (?:a )?minha conta',
    ],
    everything: ['tudo', 'tudo isso', 'todos os meus dados', 'tudo que (?:voc[eê]s|vcs) t[eê]m'],
    notData: [
      'cert[oa]s?', 'errad[oa]s?', 'precis\\p{L}*', 'atualiz\\p{L}*', 'mud\\p{L}*', 'corrig\\p{L}*', 'entrega', 'troca', 'devolu[cç][aã]o', 'reembolso', 'confer\\p{L}*',
      'dados m[oó]veis', 'pacote de dados', 'internet',
      '(?:o |a |os |as |meu |minha |meus |minhas |esse |essa |este |esta )?(?:pedido|pedidos|compra|produto|produtos|item|itens|carrinho|sacola|endere[cç]o|mensage(?:m|ns)|avalia[cç][aã]o|coment[aá]rio|foto|cart[aã]o|cupom|tamanho)',
    ],
    stop: [
      'par(?:a|e|em|ar) de', 'parem', 'chega', 'n[aã]o (?:me )?(?:mand|envi)\\p{L}*', 'n[aã]o (?:quero|preciso)', 'sem mais', 'nada de',
      'desativ\\p{L}*', 'deslig\\p{L}*', 'descadastr\\p{L}*', 'cancel\\p{L}* (?:a )?inscri[cç][aã]o', 'sair da lista', 'nunca mais',
      'n[aã]o \\S+ mais',
    ],
    messages: [
      'mensage(?:m|ns)', 'msgs?', 'sms', 'notifica[cç](?:[aã]o|[oõ]es)', 'notifs?', 'avisos?', 'alertas?', 'atualiza[cç](?:[aã]o|[oõ]es)',
      'novidades', 'promo(?:s|[cç][aã]o|[cç][oõ]es)?', 'propagandas?', 'ofertas', 'e-?mails?', 'newsletter', 'spam', 'zap', 'whats(?:app)?',
    ],
    resume: [
      'de novo', 'novamente', 'outra vez', 'voltar a', 'volt(?:a|em|e) a', 're-?ativ\\p{L}*', 'ativ\\p{L}*', 'lig(?:a|ar|uem|ue)',
      'pode(?:m)? (?:voltar|continuar)', 'continu\\p{L}* (?:mandando|enviando|a mandar|a enviar)', 're-?inscrever', 'me inscrever',
    ],
    notOptOut: [
      '(?:par(?:a|e|em)|cancel\\p{L}*|segur\\p{L}*)(?: \\S+){0,2} (?:pedido|entrega|envio|pacote|compra|encomenda)(?! (?:notifica|mensage|aviso))',
    ],
    missing: [
      'n[aã]o (?:recebi|recebo|chegou|chega|chegaram|t[oô] recebendo|estou recebendo)', 'pararam de', 'por que (?:voc[eê]s )?pararam',
      'nenhuma (?:mensagem|notifica[cç][aã]o)',
    ],
    notOptIn: ['recebi (?:\\S+ ){0,3}(?:de novo|outra vez)', '(?:chegou|veio) (?:\\S+ ){0,3}(?:de novo|outra vez)'],
    switchTo: [
      'fal\\p{L}*', 'respond\\p{L}*', 'escrev\\p{L}*', 'mud\\p{L}* (?:pra|para|pro)', 'troc\\p{L}* (?:pra|para|pro)',
      'volt\\p{L}* (?:pra|para|pro|ao|a)', 'de novo', 'prefiro', 'usar', 's[oó] em', 'melhor em', 'atend\\p{L}*', 'convers\\p{L}*',
    ],
    notLanguage: [
      '(?:o|a|os|as|um|uma|do|da|dos|das|no|na|meu|minha|seu|sua|esse|essa|este|esta) (?!idioma|l[ií]ngua)\\S+ \\u0001',
      'tamanhos?', 'vers[aã]o', 'edi[cç][aã]o', 'manual', 'instru[cç][oõ]es', 'etiqueta', 'descri[cç][aã]o', 'legendas?', 'teclado',
      'nome', 'tradu[cç][aã]o', 'livro', 'curso', 'aulas?', 'professora?', 'um pouco', 'bem', 'nativ[oa]', 'sotaque', 'sou de',
      'comida', 'vem em', 'est[aá] em', 'n[aã]o (?:falo|entendo|leio|escrevo)',
    ],
  },
};
