/**
 * The custom functions' metadata: functions.json generated from the JSDoc of functions.ts (custom-functions-metadata),
 * and the Chinese file Excel in Chinese reads instead (same ids, names and descriptions from functions-zh.ts).
 */
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { FUNCTIONS_ENTRY } from './paths';
import { FUNCTIONS_ZH } from './functions-zh';

/** One parameter as functions.json describes it. */
export interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}

/** One function as functions.json describes it. */
export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}

/** The contents of functions.json. */
export interface Metadata {
  functions: FunctionMetadata[];
}

/** functions.json from the functions' JSDoc; fails on any metadata error. */
export async function englishMetadata(): Promise<Metadata> {
  const result = await generateCustomFunctionsMetadata(FUNCTIONS_ENTRY);
  if (result.errors.length > 0) throw new Error(`functions.json: ${result.errors.join('; ')}`);
  return JSON.parse(result.metadataJson) as Metadata;
}

/** The Chinese metadata: every function and parameter renamed and described; a word missing fails the build. */
export function chineseMetadata(en: Metadata): Metadata {
  return {
    functions: en.functions.map((f) => {
      const zh = FUNCTIONS_ZH[f.id];
      if (!zh) throw new Error(`functions-zh.ts has no Chinese words for ${f.id}`);
      return {
        ...f,
        name: zh.name,
        description: zh.description,
        parameters: f.parameters.map((p) => {
          const words = zh.parameters[p.name];
          if (!words) throw new Error(`functions-zh.ts has no Chinese words for ${f.id}(${p.name})`);
          return { ...p, name: words[0], description: words[1] };
        }),
      };
    }),
  };
}
