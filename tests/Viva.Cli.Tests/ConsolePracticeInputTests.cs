using Viva.Cli.Practice;

namespace Viva.Cli.Tests;

/// <summary>The terminal answer reader, driven by scripted key presses.</summary>
public sealed class ConsolePracticeInputTests
{
    // '\n' is Enter, '\b' Backspace and '\u0004' Ctrl-D; anything else is typed as is.
    private ConsolePracticeInput Keys(string typed)
    {
        var keys = new Queue<ConsoleKeyInfo>(typed.Select(c => c switch
        {
            '\n' => new ConsoleKeyInfo('\r', ConsoleKey.Enter, false, false, false),
            '\b' => new ConsoleKeyInfo('\b', ConsoleKey.Backspace, false, false, false),
            '\u0004' => new ConsoleKeyInfo('\u0004', ConsoleKey.D, false, false, true),
            _ => new ConsoleKeyInfo(c, ConsoleKey.NoName, char.IsUpper(c), false, false),
        }));
        return new ConsolePracticeInput(() => keys.Dequeue(), TextWriter.Null);
    }

    [Theory]
    [InlineData("u")]
    [InlineData("s")]
    [InlineData("q")]
    public void A_command_letter_on_an_empty_answer_acts_on_one_key(string letter)
    {
        // Nothing follows the letter: a reader that waited for Enter would run out of keys.
        Assert.Equal(letter, Keys(letter).ReadAnswer());
    }

    [Fact]
    public void Command_letters_inside_an_answer_or_as_a_capital_are_just_text()
    {
        Assert.Equal("Sort it" + Environment.NewLine + "queue", Keys("Sort it\nqueue\n\n").ReadAnswer());
        Assert.Equal("Quicksort", Keys("Quicksort\n\n").ReadAnswer());
        Assert.Equal("a queue", Keys("a queue\n\n").ReadAnswer());
    }

    [Fact]
    public void Enter_on_an_empty_answer_reveals_and_backspace_edits_the_line()
    {
        Assert.Equal("", Keys("\n").ReadAnswer());
        Assert.Equal("heap", Keys("heax\bp\n\n").ReadAnswer());
    }

    [Fact]
    public void Ctrl_D_submits_the_answer_on_one_press_and_ends_the_session_when_nothing_was_typed()
    {
        // No Enter follows Ctrl-D: a reader that needed a second press or a blank line would run out of keys.
        Assert.Equal("two pointers" + Environment.NewLine + "from both ends", Keys("two pointers\nfrom both ends\u0004").ReadAnswer());
        Assert.Null(Keys("\u0004").ReadAnswer());
        Assert.Null(Keys("\u0004").ReadChoice());
    }
}
