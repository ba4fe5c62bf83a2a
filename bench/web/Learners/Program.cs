using System.Globalization;
using Viva.Bench.Learners;

// Usage: Learners URL LEARNERS SECONDS REVIEWS_FILE [SETUP_TOKEN]
// With a setup token (server mode) it makes the admin, opens sign-up and signs each learner up and in with a cookie of
// its own; without one every learner is a session of the single local user. Each learner then loops, until the time is
// up: next card, then submit a rating of it. Prints one line of figures; writes the id of every acknowledged review to
// REVIEWS_FILE, one a line, so the caller can check that each is in the database.
if (args.Length is < 4 or > 5)
{
    await Console.Error.WriteLineAsync("usage: Learners URL LEARNERS SECONDS REVIEWS_FILE [SETUP_TOKEN]");
    return 2;
}

var address = new Uri(args[0]);
var count = int.Parse(args[1], CultureInfo.InvariantCulture);
var duration = TimeSpan.FromSeconds(double.Parse(args[2], CultureInfo.InvariantCulture));
var accounts = args.Length == 5;

var learners = accounts ? await SignUp.LearnersAsync(address, args[4], count) : [.. Enumerable.Range(0, count).Select(_ => SignUp.Client(address))];
var run = await LoadRun.RunAsync(learners, duration, sendVersion: accounts);
await File.WriteAllLinesAsync(args[3], run.Acknowledged.Select(id => id.ToString(CultureInfo.InvariantCulture)));
Console.WriteLine(run.Summary(count, duration));
foreach (var learner in learners)
{
    learner.Dispose();
}

return run.Failed == 0 ? 0 : 1;
