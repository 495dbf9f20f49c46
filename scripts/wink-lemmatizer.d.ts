declare module 'wink-lemmatizer' {
  /** wink-lemmatizer: base forms of English words (WordNet's rules and exception lists). */
  const lemmatizer: {
    lemmatizeNoun(word: string): string;
    lemmatizeVerb(word: string): string;
    lemmatizeAdjective(word: string): string;
  };
  export default lemmatizer;
}
