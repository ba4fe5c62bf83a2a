using Viva.Core.Exercises;
using Viva.Core.Questions;
using Viva.Core.Tests.Support;

namespace Viva.Core.Tests.Exercises;

public sealed class ExerciseParserTests
{
    private const string Sql = """
        # SQL

        ## Count users
        <!-- viva id=count-users level=basic kind=exercise ordered=true tolerance=0.01 -->

        Return how many users the table holds.

        ```sql fixture
        CREATE TABLE users (id INTEGER);
        ```

        ```sql starter
        SELECT
        ```

        ```json tests
        [{"name": "empty", "expected": [[0]]}, {"expected": [[1]], "fixture": "INSERT INTO users VALUES (1);"}]
        ```

        ```sql solution
        SELECT COUNT(*) FROM users;
        ```

        **Hints**
        - COUNT(*) counts rows,
          even null ones.
        - One row comes back.
        """;

    [Fact]
    public void Should_Read_A_Sql_Exercise_With_Its_Fixture_Tests_And_Hints()
    {
        // When
        var q = Assert.Single(Parse.Text(Sql).Questions);

        // Then
        Assert.Equal(QuestionKind.Exercise, q.Curated!.Kind);
        Assert.Empty(q.Curated.KeyPoints);
        var exercise = q.Curated.Exercise!;
        Assert.Equal("Return how many users the table holds.", exercise.Prompt);
        Assert.Equal(["sql"], exercise.Languages);
        Assert.Equal("SELECT\n", exercise.For("sql")!.Starter);
        Assert.Equal("SELECT COUNT(*) FROM users;\n", exercise.For("sqlite")!.Solution);
        Assert.Contains("CREATE TABLE users", exercise.Fixture, StringComparison.Ordinal);
        Assert.True(exercise.Ordered);
        Assert.Equal(0.01, exercise.Tolerance);
        Assert.Equal(2, exercise.Tests.Count);
        Assert.Equal(("empty", "[[0]]", (string?)null), (exercise.Tests[0].Name, exercise.Tests[0].Expected, exercise.Tests[0].Fixture));
        Assert.Equal(("test 2", "INSERT INTO users VALUES (1);"), (exercise.Tests[1].Name, exercise.Tests[1].Fixture));
        Assert.Equal(["COUNT(*) counts rows, even null ones.", "One row comes back."], exercise.Hints);
    }

    [Fact]
    public void Should_Read_A_Python_Exercise_With_Arguments_And_Defaults()
    {
        // Given
        var markdown = """
            # Python

            ## Add two numbers
            <!-- viva id=add level=basic kind=exercise entry=add requires=numpy -->

            Write `add(a, b)`.

            ```json tests
            [{"name": "small", "args": [1, 2], "expected": 3}]
            ```

            ```py solution
            def add(a, b):
                return a + b
            ```
            """;

        // When
        var exercise = Assert.Single(Parse.Text(markdown).Questions).Curated!.Exercise!;

        // Then
        Assert.Equal("add", exercise.Entry);
        Assert.Equal("numpy", exercise.Requires);
        Assert.False(exercise.Ordered);
        Assert.Equal(Exercise.DefaultTolerance, exercise.Tolerance);
        Assert.Null(exercise.For("python")!.Starter);
        Assert.Equal("[1, 2]", exercise.Tests[0].Arguments);
        Assert.Empty(exercise.Hints);
    }

    [Theory]
    [InlineData("entry=f", "```json tests\n[{\"args\": [], \"expected\": 1}]\n```\n", "needs a reference solution")]
    [InlineData("entry=f", "```json tests\n[{\"args\": [], \"expected\": 1}]\n```\n\n```ruby solution\nx\n```\n", "language 'ruby'")]
    [InlineData("", "```json tests\n[{\"args\": [], \"expected\": 1}]\n```\n\n```python solution\nx\n```\n", "entry=<function name>")]
    [InlineData("entry=f", "```json tests\n[{\"expected\": 1}]\n```\n\n```python solution\nx\n```\n", "needs \"args\"")]
    [InlineData("entry=f", "```json tests\n[{\"args\": []}]\n```\n\n```python solution\nx\n```\n", "needs an \"expected\" value")]
    [InlineData("entry=f", "```json tests\n[]\n```\n\n```python solution\nx\n```\n", "non-empty JSON array")]
    [InlineData("entry=f", "```json tests\n[{\n```\n\n```python solution\nx\n```\n", "not valid JSON")]
    [InlineData("entry=f", "```python solution\nx\n```\n", "needs a tests block")]
    [InlineData("", "```json tests\n[{\"expected\": []}]\n```\n\n```sql solution\nSELECT 1;\n```\n", "needs a fixture")]
    [InlineData("entry=f tolerance=-1", "```json tests\n[{\"args\": [], \"expected\": 1}]\n```\n\n```python solution\nx\n```\n", "tolerance '-1'")]
    [InlineData("entry=f ordered=maybe", "```json tests\n[{\"args\": [], \"expected\": 1}]\n```\n\n```python solution\nx\n```\n", "ordered 'maybe'")]
    [InlineData("entry=f", "```json tests\n[{\"args\": [], \"expected\": 1}]\n```\n\n```python solution\nx\n```\n\n```sql starter\nSELECT\n```\n", "sql starter has no sql solution")]
    public void Should_Refuse_A_Broken_Exercise_With_The_Reason(string fields, string blocks, string reason)
    {
        // Given
        var markdown = $"# T\n\n## Broken\n<!-- viva id=broken level=basic kind=exercise {fields} -->\n\nDo something useful here.\n\n{blocks}";

        // When
        var result = Parse.Text(markdown);

        // Then
        Assert.Empty(result.Questions);
        Assert.Contains(reason, Assert.Single(result.Invalid).Reason, StringComparison.Ordinal);
    }
}
