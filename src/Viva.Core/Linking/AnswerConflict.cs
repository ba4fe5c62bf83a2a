namespace Viva.Core.Linking;

/// <summary>A linked question whose document answers it in a way that contradicts the cluster's reference answer.</summary>
/// <param name="Id">The question whose answer conflicts.</param>
/// <param name="Source">Its document.</param>
/// <param name="Line">Its 1-based line there.</param>
/// <param name="ReferenceId">The question whose answer it was compared with (the curated one when the cluster has it).</param>
/// <param name="Reasons">What it contradicts, one sentence each.</param>
public sealed record AnswerConflict(string Id, string Source, int Line, string ReferenceId, IReadOnlyList<string> Reasons);
