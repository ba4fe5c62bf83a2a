namespace Viva.Cli.Database;

/// <summary>A table of the bank and the columns a copy moves, the same in the SQLite and the PostgreSQL schema.</summary>
/// <param name="Name">The table.</param>
/// <param name="Columns">Every column a copy moves (generated columns such as PostgreSQL's search vector are rebuilt there).</param>
/// <param name="Identity">The column PostgreSQL numbers itself, whose sequence must continue after the copied rows; null when none.</param>
internal sealed record BankTable(string Name, IReadOnlyList<string> Columns, string? Identity = null);

/// <summary>The tables of the bank, parents before children (a mock before its answers).</summary>
internal static class BankTables
{
    public static IReadOnlyList<BankTable> All { get; } =
    [
        new("users", ["id", "name", "password_hash", "role", "disabled", "failed_logins", "locked_until", "created_at"]),
        new("invites", ["token_hash", "role", "created_by", "created_at", "expires_at", "used_by"]),
        new("api_tokens", ["id", "user_id", "name", "token_hash", "created_at", "last_used"], "id"),
        new("questions", ["seq", "id", "source", "line", "ordinal", "text", "answer", "topic", "level", "code", "curated", "fingerprint", "cluster",
            "retired", "added_at", "updated_at", "answer_quality"], "seq"),
        new("documents", ["source", "content_hash", "imported_at", "owner"]),
        new("settings", ["key", "value"]),
        new("clusters", ["id", "head", "topic", "level_rank", "documents", "shuffle"]),
        new("embeddings", ["model", "text_hash", "vector"]),
        new("cards", ["user_id", "card_id", "phase", "step", "stability", "difficulty", "due", "last_review", "reps", "lapses", "scheduled_days"]),
        new("reviews", ["id", "user_id", "card_id", "reviewed_at", "rating", "elapsed_days", "before_json", "after_json", "phase_before", "interval_before",
            "answer", "score", "duration_ms", "grade_override"], "id"),
        new("mocks", ["id", "user_id", "started_at", "finished_at", "track", "level", "seed", "questions", "minutes"], "id"),
        new("mock_answers", ["mock_id", "position", "card_id", "area", "question", "follow_up_of", "answer", "score", "covered_json", "missed_json",
            "reference", "duration_ms"]),
        new("fsrs_parameters", ["id", "user_id", "fitted_at", "weights", "reviews", "applied", "held_out", "log_loss_before", "rmse_bins_before",
            "log_loss_after", "rmse_bins_after", "recommended_retention"], "id"),
    ];
}
