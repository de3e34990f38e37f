import type { Program } from '../catalog/program';
import { GLOSSARY } from '../vocabulary/glossary';
import { didYouMean } from './did-you-mean';

/** A name in a loaded table that the catalog's vocabulary does not know: a typo, or a new name to confirm. */
export interface VocabularyWarning {
  programId: string;
  programName: string;
  /** The table's column header, as the app writes it. */
  column: '府省' | '実施機関';
  value: string;
  suggestion: string | null;
}

export interface Vocabulary {
  ministries: Set<string>;
  agencies: Set<string>;
}

/** The names the glossary knows (shared/vocabulary/glossary.json), to which the installed catalog's own names are added. */
export function glossaryVocabulary(): Vocabulary {
  return {
    ministries: new Set(GLOSSARY.filter((e) => e.kind === 'ministry').map((e) => e.ja)),
    agencies: new Set(GLOSSARY.filter((e) => e.kind === 'agency').map((e) => e.ja)),
  };
}

export function addToVocabulary(vocabulary: Vocabulary, programs: readonly Program[]): void {
  for (const p of programs) {
    for (const m of p.ministries) vocabulary.ministries.add(m);
    if (p.agency) vocabulary.agencies.add(p.agency);
  }
}

/**
 * Every ministry and agency in the incoming programs that the vocabulary lacks, with the known
 * name it is closest to. A near miss is most likely a typo; a name with no near miss may be a
 * new ministry. Either way the user confirms before such a table is applied.
 */
export function checkVocabulary(programs: readonly Program[], vocabulary: Vocabulary): VocabularyWarning[] {
  const known = [...vocabulary.ministries, ...vocabulary.agencies];
  const warnings: VocabularyWarning[] = [];
  for (const p of programs) {
    const check = (column: VocabularyWarning['column'], value: string, names: Set<string>) => {
      if (!names.has(value))
        warnings.push({
          programId: p.id,
          programName: p.name,
          column,
          value,
          suggestion: didYouMean(value, known),
        });
    };
    for (const m of p.ministries) check('府省', m, vocabulary.ministries);
    if (p.agency) check('実施機関', p.agency, vocabulary.agencies);
  }
  return warnings;
}
