using Viva.Core.Semantics;

namespace Viva.Core.Storage;

/// <summary>
/// Everything one bank stores, whichever database holds it: questions, the review log and card schedules, mocks,
/// FSRS fits, interview plans and embeddings. The CLI and the web app open one of these and never ask which kind.
/// </summary>
public interface IBankStore : IQuestionStore, IReviewStore, IMockStore, IFsrsParameterStore, IInterviewPlanStore, IEmbeddingStore, IDisposable
{
}
