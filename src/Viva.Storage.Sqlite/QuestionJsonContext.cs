using System.Text.Json;
using System.Text.Json.Serialization;
using Viva.Core.Questions;

namespace Viva.Storage.Sqlite;

/// <summary>
/// Reads the JSON columns of question rows with generated code: every browsing command reads questions, and
/// serialization by reflection would build its converters (emitting and compiling accessors) on each start.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(List<CodeSnippet>))]
[JsonSerializable(typeof(CuratedMetadata))]
internal sealed partial class QuestionJsonContext : JsonSerializerContext;
