// Compiled into every C# attempt's assembly, beside the attempt, and run in the sandboxed process. It is not part of
// Viva.Judging itself (the project embeds it as text). Usage: dotnet exec attempt.dll, in the folder that holds tests.json.
// One JSON line per event goes to the result stream (the original stdout); whatever the attempt prints goes to stderr.
namespace VivaJudgeHarness
{
    internal static class JudgeHarness
    {
        private const string AttemptFile = "attempt.cs";

        private static readonly System.Text.Json.JsonSerializerOptions Options = new()
        {
            NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
            IncludeFields = true,
        };

        private static System.IO.StreamWriter _results = null!;

        private static int Main()
        {
            _results = new System.IO.StreamWriter(System.Console.OpenStandardOutput()) { AutoFlush = true };
            System.Console.SetOut(System.Console.Error);
            using var spec = System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllText("tests.json"));
            var entry = spec.RootElement.GetProperty("entry").GetString()!;
            var tests = spec.RootElement.GetProperty("tests").EnumerateArray().ToList();
            var arity = tests.Count > 0 ? tests[0].GetProperty("args").GetArrayLength() : -1;
            var method = Find(entry, arity);
            if (method is null)
            {
                Report(new { status = "error", message = $"the attempt does not define a method named {Pascal(entry)} (or {entry})" });
                return 0;
            }

            foreach (var test in tests)
            {
                var name = test.GetProperty("name").GetString();
                object?[] arguments;
                try
                {
                    arguments = Arguments(method, test.GetProperty("args"));
                }
                catch (System.Exception error) when (error is System.Text.Json.JsonException or System.InvalidOperationException or System.NotSupportedException)
                {
                    Report(new { test = name, error = $"the test's arguments do not fit {method.Name}'s parameters: {error.Message}" });
                    continue;
                }

                try
                {
                    var target = method.IsStatic ? null : System.Activator.CreateInstance(method.DeclaringType!);
                    var value = method.Invoke(target, System.Reflection.BindingFlags.DoNotWrapExceptions, null, arguments, null);
                    var actual = System.Text.Json.JsonSerializer.SerializeToElement(value, value?.GetType() ?? typeof(object), Options);
                    Report(new { test = name, actual });
                }
                catch (System.OutOfMemoryException)
                {
                    Report(new { status = "memory", test = name, message = "the attempt ran out of memory" });
                    return 0;
                }
                catch (System.Exception error)
                {
                    Report(new { test = name, error = Describe(error) });
                }
            }

            Report(new { status = "done" });
            return 0;
        }

        /// <summary>The entry method: by its exact name or its PascalCase form (two_sum, TwoSum), preferring the arity the tests call it with.</summary>
        private static System.Reflection.MethodInfo? Find(string entry, int arity)
        {
            var names = new[] { entry, Pascal(entry) };
            var flags = System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static
                | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly;
            var candidates = typeof(JudgeHarness).Assembly.GetTypes()
                .Where(t => t.Namespace != typeof(JudgeHarness).Namespace && !t.IsGenericTypeDefinition)
                .SelectMany(t => t.GetMethods(flags))
                .Where(m => names.Contains(m.Name, System.StringComparer.OrdinalIgnoreCase) && !m.IsGenericMethodDefinition)
                .Where(m => m.IsStatic || (!m.DeclaringType!.IsAbstract && m.DeclaringType.GetConstructor(System.Type.EmptyTypes) is not null))
                .ToList();
            return candidates.FirstOrDefault(m => m.GetParameters().Length == arity) ?? candidates.FirstOrDefault();
        }

        private static string Pascal(string name) =>
            string.Concat(name.Split('_', System.StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

        private static object?[] Arguments(System.Reflection.MethodInfo method, System.Text.Json.JsonElement args)
        {
            var parameters = method.GetParameters();
            if (parameters.Length != args.GetArrayLength())
            {
                throw new System.InvalidOperationException($"the tests pass {args.GetArrayLength()} arguments and {method.Name} takes {parameters.Length}");
            }

            return args.EnumerateArray().Select((a, i) => System.Text.Json.JsonSerializer.Deserialize(a, parameters[i].ParameterType, Options)).ToArray();
        }

        /// <summary>The exception and the attempt's line it came from: the harness's own frames are noise to the user.</summary>
        private static string Describe(System.Exception error)
        {
            var frame = new System.Diagnostics.StackTrace(error, fNeedFileInfo: true).GetFrames()
                .FirstOrDefault(f => f.GetFileName() is { } file && file.EndsWith(AttemptFile, System.StringComparison.Ordinal));
            var where = frame is null ? "" : $" ({AttemptFile} line {frame.GetFileLineNumber()})";
            return $"{error.GetType().Name}: {error.Message}{where}";
        }

        private static void Report(object line) => _results.WriteLine(System.Text.Json.JsonSerializer.Serialize(line, Options));
    }
}
