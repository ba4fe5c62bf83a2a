using Viva.Core.Questions;

namespace Viva.Core.Import;

/// <summary>A question of an imported document, with the id and cluster the bank gave it and its bucket.</summary>
/// <param name="Question">The question as stored.</param>
/// <param name="Bucket">What the import did with it.</param>
public sealed record ImportedQuestion(BankQuestion Question, ImportBucket Bucket);
