using System.Text;
using Viva.Core.Import;

namespace Viva.Core.Tests.Import;

public sealed class SourceDecoderTests
{
    public sealed class TheDecodeMethod
    {
        [Theory]
        [InlineData("Itâ€™s", "It’s")]
        [InlineData("Hâ‚€ and Hâ‚ hold", "H₀ and H₁ hold")]
        [InlineData("â€œquotedâ€\u009d", "“quoted”")]
        [InlineData("cafÃ© rÃ©sumÃ©", "café résumé")]
        [InlineData("plain – text’s fine", "plain – text’s fine")]
        public void Should_Repair_Double_Encoded_Utf8(string input, string expected)
        {
            // When
            var decoded = SourceDecoder.Decode("x.md", Encoding.UTF8.GetBytes(input));

            // Then
            Assert.Equal(expected, decoded.Text);
        }

        [Fact]
        public void Should_Strip_Bom_And_Normalise_Line_Ends()
        {
            // Given
            byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("# T\r\n\r\n## Q?\rA\r\n")];

            // When
            var decoded = SourceDecoder.Decode("x.md", bytes);

            // Then
            Assert.Equal("# T\n\n## Q?\nA\n", decoded.Text);
        }

        [Fact]
        public void Should_Read_Utf16_With_Bom()
        {
            // When
            var decoded = SourceDecoder.Decode("x.md", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("## What is PCA?\n")]);

            // Then
            Assert.Equal("## What is PCA?\n", decoded.Text);
        }

        [Fact]
        public void Should_Name_The_Line_Of_Invalid_Utf8()
        {
            // Given
            byte[] bytes = [.. Encoding.UTF8.GetBytes("line one\nline two\nbad "), 0xFF, .. Encoding.UTF8.GetBytes("\n")];

            // When
            var decoded = SourceDecoder.Decode("notes.md", bytes);

            // Then
            Assert.Null(decoded.Text);
            Assert.Equal(3, decoded.Error!.Line);
            Assert.StartsWith("viva: notes.md:3: invalid UTF-8", decoded.Error.ToString());
        }

        [Theory]
        [InlineData(new byte[] { }, "file is empty")]
        [InlineData(new byte[] { 32, 10, 9 }, "file is empty")]
        [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 }, "binary file")]
        public void Should_Reject_Empty_And_Binary_Files(byte[] bytes, string message)
        {
            // When
            var decoded = SourceDecoder.Decode("x.md", bytes);

            // Then
            Assert.Contains(message, decoded.Error!.Message);
        }

        [Fact]
        public void Should_Reject_Files_Over_Twenty_Megabytes()
        {
            // When
            var decoded = SourceDecoder.Decode("big.md", new byte[SourceDecoder.MaxDocumentBytes + 1]);

            // Then
            Assert.Contains("larger than 20 MB", decoded.Error!.Message);
        }
    }
}
