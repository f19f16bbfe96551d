/**
 * The words that say what a request wants, in Korean and English, with the common misspellings
 * (벡테스트, 몬테카롤로). Patterns run on lower-cased, normalised text; Korean words are matched
 * inside longer words because particles and endings attach to them.
 */
export const WORDS = {
  create:
    /만들|생성|새로\s?만|새\s?포트|추가(?:해|하|\s|$)|개설|create|make\b|new\b|set up|define|add a|add an/,
  scenario: /시나리오|scenarios?\b/,
  portfolioWord: /포트폴리오|포폴|portfolios?\b/,
  list: /목록|리스트|뭐\s?있|뭐가\s?있|뭐뭐|어떤\s?(?:게|것|거)|종류|전부|몇\s?개|\blist\b|available|which\b|what \w+ (?:are|do)|what (?:kinds? of )?(?:scenarios|portfolios)|can i (?:run|use|try|choose)|do i have|all (?:my|the)\b|show all/,
  riskScore:
    /위험\s?점수|리스크\s?점수|리스크\s?스코어|위험\s?스코어|위험도|위험\s?등급|리스크\s?등급|위험\s?수준|얼마나\s?위험|risk\s?score|risk\s?rating|risk level|how risky|riskiness/,
  optimize:
    /최적화|최적\s?비중|optimi[sz]|비중\s?(?:을\s?)?(?:다시|재조정|조정|짜|찾|추천|계산)|(?:optimal|best|ideal)\s+(?:weights|allocation|mix)|\bweights\b|allocation|efficient frontier|효율적\s?투자선/,
  backtest:
    /백\s?테스트|백\s?테스팅|벡\s?테스트|빽\s?테스트|back\s?-?\s?test|have (?:done|performed)|would have (?:done|performed|returned)|buy[\s-]and[\s-]hold|과거\s?성과/,
  monteCarlo:
    /몬테\s?카[를롤]로|몬테\s?칼로|몬테카|몬카|monte\s?-?\s?carlo|\bvar\b|\bcvar\b|value[\s-]at[\s-]risk|expected shortfall|시뮬레이션|시뮬|simulat|손실\s?확률|\d+\s?(?:년|years?)\s?(?:뒤|후|later|from now)/,
  stress: /스트레스|stress/,
  /** Risk said of a portfolio, weaker than a risk score: "Dividend 리스크", "my Growth risk". */
  risk: /\brisk\b|리스크|위험/,
  stressHint:
    /시나리오|scenario|충격|shock|위기|crisis|crash|폭락|급락|sell-?off|what happens|어떻게\s?(?:돼|되|될)|손실|손해|\bloss|\blose|빠지|빠져|떨어지면|오면|되면|하면|\bif\b/,
  simulationResult:
    /(?:방금|아까|이전|지난|마지막|최근|last|previous|that|the)\s?(?:\S+\s)?(?:시뮬레이션|simulation|실행|run|결과|result)/,
  showAgain: /결과|result|다시|again|보여|show|see/,
  search:
    /검색|찾아\s?줘|찾아\s?봐|찾아\s?주|찾기|종목\s?코드|코드\s?(?:가|는|를)?\s?(?:뭐|알려|무엇|어떻게)|티커|ticker|search|\bfind\b|look\s?up|lookup|(?:code|symbol) (?:for|of)|관련\s?(?:종목|주)/,
  forecast:
    /예측|전망|예상치|예상\s?주가|앞으로|forecast|predict|outlook|projection|expected return|기대\s?수익|\bai\b|think about/,
  history:
    /추이|차트|흐름|일봉|주봉|월봉|과거\s?(?:주가|가격|데이터|시세)|가격\s?변화|주가\s?변화|history|historical|chart|daily prices|price data|past prices|(?:\d+|반)\s?(?:년|개월)\s?치|ohlc|candles?/,
  quote: /현재가|시세|주가|가격|얼마|몇\s?원|quotes?\b|price|trading at|how much|지금\s?몇/,
  showPortfolio:
    /보여|보유|구성|종목|holdings?|what'?s in|what is in|\bshow\b|평가|가치|\bvalue\b|worth|잔고|잔액|현금|\bcash\b|수익률|performance|details?|상세|positions?|들어\s?있|어때|어떻게\s?돼|알려|정보|info/,
  help: /^(?:도움말|도움|help|\?|뭐\s?할\s?수\s?있|무엇을\s?할\s?수|what can you do|how do i use|사용법|안녕|hello|hi\b|hey\b)/,
  thanks: /^(?:고마워|고맙|감사|thanks|thank you|thx|ㄱㅅ)/,
  refersToPrevious:
    /그걸로|그것으로|그거로|그\s?시나리오|이\s?시나리오|방금\s?(?:만든|그)|that one|that scenario|this scenario|the new scenario|the one (?:i|we) (?:just )?(?:made|created)|\bwith it\b|\buse it\b/,
  historical: /과거|역사|historical|history|실제|위기\s?시나리오|crisis scenarios/,
  hypothetical: /가상|가정|hypothetical|what-if|what if|imaginary/,
};

/** The optimisation objectives, in the order the agent lists them. */
export const OBJECTIVE_IDS = [
  'MAX_SHARPE',
  'MIN_VOLATILITY',
  'RISK_PARITY',
  'HRP',
  'MIN_CVAR',
  'TARGET_RETURN',
  'TARGET_RISK',
] as const;

export type TradeType = 'BUY' | 'SELL' | 'DEPOSIT' | 'WITHDRAW' | 'DIVIDEND';

/** Trade words, the dividend first: "배당금 50만원 입금" records a dividend, not a deposit. */
export const TRADE_WORDS: [TradeType, RegExp][] = [
  [
    'DIVIDEND',
    /배당금|배당\s?(?:을\s?)?(?:받|입금|수령|들어)|dividends? (?:of|payment|income|received|paid)|(?:a|the) dividend|received .*dividend|dividends? from/,
  ],
  ['WITHDRAW', /출금|인출|찾아\s?갔|withdr[ae]w|take out|took out|cash out/],
  [
    'DEPOSIT',
    /입금|넣어\s?(?:줘|줬|둬|뒀|놨|놓|주세요)|넣었|충전|deposit|add cash|top up|topped up|put in/,
  ],
  ['SELL', /매도|팔았|팔아|팔고|팔기|팔래|팔자|팔았어|\bsell\b|\bsold\b|\bselling\b/],
  ['BUY', /매수|샀|사들|사\s?줘|\bbuy\b(?![\s-]and[\s-]hold)|bought|purchas/],
];

/** A whole message made of these words, in any number: "네", "네 진행해 주세요", "yes please". */
const onlyWords = (words: string): RegExp => {
  const word = `(?:${words})`;
  return new RegExp(`^${word}(?:[\\s,.!~]+${word})*[\\s,.!~]*$`);
};

/** Ways of saying yes to "shall I record this?". */
export const YES = onlyWords(
  [
    '네|넵|넹|예|응|웅|어|ㅇㅇ|ㅇㅋ|그래|그래요|좋아|좋아요|좋습니다|확인|맞아|맞아요|맞습니다',
    '진행|진행해|진행해\\s?줘|진행해\\s?주세요|진행하세요|해\\s?줘|해\\s?주세요|기록해\\s?줘|기록해\\s?주세요',
    '만들어\\s?줘|만들어\\s?주세요|부탁해|부탁해요|부탁합니다|부탁드립니다',
    'yes|y|yep|yeah|yup|sure|ok|okay|confirm|confirmed|go ahead|do it|please|please do|proceed',
  ].join('|'),
);

/** Ways of saying no. */
export const NO = onlyWords(
  [
    '아니|아니요|아니오|아뇨|노|ㄴㄴ|취소|취소해|취소해\\s?줘|취소해\\s?주세요|됐어|됐어요|그만|하지\\s?마|안\\s?해',
    "no|n|nope|nah|cancel|cancel it|stop|don't|do not|never mind|abort|thanks|no thanks",
  ].join('|'),
);

/** Words that carry no content of their own, dropped when the rest of a message is a name. */
export const FILLER = new Set(
  (
    '알려줘 알려주세요 알려 보여줘 보여주세요 보여 해줘 해주세요 해봐 줘 주세요 좀 한번 한번에 ' +
    '뭐야 뭐지 뭐임 뭐 어때 어떻게 얼마 얼마야 얼마임 지금 현재 요 임 이야 야 다 모두 같이 ' +
    '종목 주식 관련 회사 기업 코드 종목코드 티커 검색 검색해줘 검색해 찾아줘 찾아봐 찾아 이름 ' +
    "please pls show me tell give what what's whats is are the a an of for my in on at to do does " +
    'can could you i stock stocks company companies named called ticker code symbol search find ' +
    'look up lookup about info information'
  ).split(' '),
);
