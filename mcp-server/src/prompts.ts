import { operationNamed } from '@capstone/operations';
import { McpError, type GetPromptResult, type Prompt } from '@modelcontextprotocol/sdk/types.js';
import type { Gateway } from './gateway.js';

/**
 * Ready-made requests for the work people come for; each tells the model which tools to use,
 * so the numbers come from the platform and not from the model.
 */
interface PromptSpec extends Prompt {
  text: (args: Record<string, string>, korean: boolean) => string;
}

const LANGUAGE = {
  name: 'language',
  description: 'ko (기본) 또는 en / ko (default) or en',
  required: false,
};

const PROMPTS: PromptSpec[] = [
  {
    name: 'stress_test_portfolio',
    title: '포트폴리오 스트레스 테스트 / Stress-test my portfolio',
    description:
      '포트폴리오에 역사적·가상 시나리오를 적용합니다 / Applies a historical or hypothetical scenario to a portfolio.',
    arguments: [
      { name: 'portfolio', description: '포트폴리오 이름 / The portfolio name', required: true },
      {
        name: 'scenario',
        description: '시나리오(예: 2008 금융위기) / The scenario, e.g. the 2008 crisis',
        required: false,
      },
      LANGUAGE,
    ],
    text: ({ portfolio, scenario }, korean) =>
      korean
        ? `내 '${portfolio}' 포트폴리오에 ${scenario ? `'${scenario}'` : '가장 심각한 역사적'} 시나리오로 스트레스 테스트를 해 줘. list_portfolios로 포트폴리오 ID를 찾고, list_scenarios로 시나리오를 고른 뒤 run_stress_test를 실행해. 손익과 충격 후 가치를 원화(만/억)로, 가장 크게 잃는 종목과 함께 알려 줘.`
        : `Stress-test my '${portfolio}' portfolio against ${scenario ? `the '${scenario}'` : 'the most severe historical'} scenario. Find the portfolio id with list_portfolios, pick the scenario with list_scenarios, then call run_stress_test. Report the P&L and the value after the shock in KRW, and the holdings that lose most.`,
  },
  {
    name: 'build_portfolio',
    title: '설명으로 포트폴리오 만들기 / Build a portfolio from a description',
    description:
      '설명에 맞는 KRX 종목을 찾아 포트폴리오를 제안하고, 확인 후 만듭니다 / Finds KRX stocks that fit a description, proposes a portfolio, and creates it once confirmed.',
    arguments: [
      {
        name: 'description',
        description: '원하는 포트폴리오(예: 배당주 위주, 반도체 30%) / What you want',
        required: true,
      },
      { name: 'cash', description: '초기 현금(원) / Opening cash in KRW', required: false },
      LANGUAGE,
    ],
    text: ({ description, cash }, korean) =>
      korean
        ? `다음 설명에 맞는 포트폴리오를 만들어 줘: "${description}". search_instruments와 get_quotes로 종목을 고르고, 종목별 비중(합계 1)을 제안해 줘. 내가 확인하면 create_portfolio로 ${cash ? `초기 현금 ${cash}원으로` : '초기 현금을 물어본 뒤'} 만들어.`
        : `Build a portfolio that fits: "${description}". Pick stocks with search_instruments and get_quotes and propose a weight for each (summing to 1). Once I confirm, create it with create_portfolio${cash ? ` with ${cash} KRW of opening cash` : ', asking me for the opening cash first'}.`,
  },
  {
    name: 'explain_risk_score',
    title: '위험 점수 설명 / Explain this risk score',
    description:
      '포트폴리오의 AI 위험 점수와 그 이유를 설명합니다 / Explains a portfolio’s AI risk score and what drives it.',
    arguments: [
      { name: 'portfolio', description: '포트폴리오 이름 / The portfolio name', required: true },
      LANGUAGE,
    ],
    text: ({ portfolio }, korean) =>
      korean
        ? `내 '${portfolio}' 포트폴리오의 위험 점수를 설명해 줘. list_portfolios로 ID를 찾고 get_risk_score와 get_portfolio를 불러, 점수가 무엇을 뜻하는지, 어떤 종목과 비중이 점수를 끌어올리는지, 낮추려면 무엇을 바꿀 수 있는지 알려 줘.`
        : `Explain the risk score of my '${portfolio}' portfolio. Find its id with list_portfolios, call get_risk_score and get_portfolio, and tell me what the score means, which holdings and weights drive it, and what would lower it.`,
  },
];

export const listPrompts = (): Prompt[] => PROMPTS.map(({ text: _text, ...prompt }) => prompt);

export function getPrompt(name: string, args: Record<string, string> = {}): GetPromptResult {
  const prompt = PROMPTS.find((candidate) => candidate.name === name);
  if (!prompt) {
    throw new McpError(
      -32602,
      `Unknown prompt "${name}"; the prompts are ${PROMPTS.map((p) => p.name).join(', ')}`,
    );
  }
  const missing = (prompt.arguments ?? []).filter((arg) => arg.required && !args[arg.name]);
  if (missing.length > 0) {
    throw new McpError(
      -32602,
      `${name} needs ${missing.map((arg) => `\`${arg.name}\` (${arg.description})`).join(', ')}`,
    );
  }
  const korean = args.language !== 'en';
  return {
    description: prompt.description,
    messages: [{ role: 'user', content: { type: 'text', text: prompt.text(args, korean) } }],
  };
}

/**
 * Values for a prompt argument that start with what was typed: the caller's portfolio names,
 * the scenario templates' names, the languages.
 */
export async function completePromptArgument(
  name: string,
  typed: string,
  gateway: Gateway,
): Promise<string[]> {
  const matching = (values: string[]) =>
    values.filter((value) => value.toLowerCase().startsWith(typed.toLowerCase()));
  try {
    if (name === 'language') return matching(['ko', 'en']);
    if (name === 'portfolio') {
      const data = await gateway.run<{ portfolios: { name: string }[] | null }>(
        operationNamed('ListPortfolios'),
        {},
      );
      return matching((data.portfolios ?? []).map((portfolio) => portfolio.name));
    }
    if (name === 'scenario') {
      const data = await gateway.run<{
        scenarioTemplates: { nameKo: string; nameEn: string }[] | null;
      }>(operationNamed('ListScenarios'), {});
      return matching(
        (data.scenarioTemplates ?? []).flatMap((template) => [template.nameKo, template.nameEn]),
      );
    }
  } catch {
    // Suggestions are a convenience: a caller who may not read them gets none.
  }
  return [];
}
