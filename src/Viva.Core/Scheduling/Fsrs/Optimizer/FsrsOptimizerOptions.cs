namespace Viva.Core.Scheduling.Fsrs.Optimizer;

/// <summary>Training settings; the defaults are those of the reference optimizer (fsrs-rs <c>TrainingConfig</c>).</summary>
public sealed record FsrsOptimizerOptions
{
    /// <summary>Passes over the training items.</summary>
    public int Epochs { get; init; } = 5;

    /// <summary>Items per gradient step.</summary>
    public int BatchSize { get; init; } = 512;

    /// <summary>Adam's starting step size, annealed to 0 along a cosine.</summary>
    public double LearningRate { get; init; } = 0.04;

    /// <summary>Seeds the shuffling of batches: the same seed and log give the same weights.</summary>
    public int Seed { get; init; } = 2023;

    /// <summary>Items with a longer history are left out of training (they are rare and slow).</summary>
    public int MaxSequenceLength { get; init; } = 256;

    /// <summary>Strength of the pull toward the starting weights, which matters most for small logs (0 turns it off).</summary>
    public double Regularization { get; init; } = 1.0;

    /// <summary>Weigh recent reviews more (from 0.25 for the oldest to 1 for the newest), as fsrs-rs does.</summary>
    public bool RecencyWeighting { get; init; } = true;

    /// <summary>Fit the same-day weights w17–w19; false keeps them at 0 for a scheduler without same-day steps.</summary>
    public bool ShortTerm { get; init; } = true;

    /// <summary>Relearning steps the scheduler uses: more steps cap w17 and w18 lower (see <see cref="ParameterClipper"/>).</summary>
    public int RelearningSteps { get; init; } = 1;
}
