namespace GuidanceBot.Tests.Questions.Redaction;

/// <summary>
/// Questions as staff might type them, with what must be stored. Positives carry personal data (and list it in
/// <see cref="RedactionCase.Secrets"/>, which must never reach the database); false positives are references and
/// ages that trainers need to read and that must be kept as they are.
/// </summary>
public static class RedactionCorpus
{
    public sealed record RedactionCase(string Input, string Expected, params string[] Secrets)
    {
        public override string ToString() => Input;
    }

    public static readonly RedactionCase[] Cases =
    [
        // Phone numbers
        new("Can I call the guardian on +44 20 7946 0958?", "Can I call the guardian on [PHONE]?", "7946 0958"),
        new("his mother's number is 0151 496 0123, can I share it", "his mother's number is [PHONE], can I share it", "496 0123"),
        new("call me back at (555) 123-4567 please", "call me back at [PHONE] please", "123-4567"),
        new("the shelter phone +49 30 901820 does not answer", "the shelter phone [PHONE] does not answer", "901820"),
        new("Phone 07700 900461 belongs to the uncle", "Phone [PHONE] belongs to the uncle", "900461"),
        new("reach the social worker at +33 1 23 45 67 89", "reach the social worker at [PHONE]", "45 67 89"),
        // E-mail addresses
        new("Send it to j.smith@example.org?", "Send it to [EMAIL]?", "j.smith", "example.org"),
        new("the guardian's email is anna.k+uasc@mail.example.com", "the guardian's email is [EMAIL]", "anna.k", "mail.example.com"),
        new("I wrote to ahmed_1999@example.net yesterday", "I wrote to [EMAIL] yesterday", "ahmed_1999"),
        // Passport, ID and case numbers
        new("passport number AB1234567 looks forged", "passport number [ID] looks forged", "AB1234567"),
        new("Her passport is X12345678, what now?", "Her passport is [ID], what now?", "X12345678"),
        new("case no. 2024/118 was closed", "case no. [ID] was closed", "2024/118"),
        new("Case number 77-4512 needs a guardian", "Case number [ID] needs a guardian", "77-4512"),
        new("registration id 5566778899 is wrong", "registration id [ID] is wrong", "5566778899"),
        new("his ID card says 123456789", "his ID card says [ID]", "123456789"),
        new("file ref: UA-2023-00417 pending", "file ref: [ID] pending", "UA-2023-00417"),
        new("the boy with document 8812 3344 5566 has no guardian", "the boy with document [ID] has no guardian", "8812 3344 5566"),
        new("asylum application 2023-55123 rejected, appeal?", "asylum application [ID] rejected, appeal?", "2023-55123"),
        new("Eurodac hit for fingerprint set DE9876543", "Eurodac hit for fingerprint set [ID]", "DE9876543"),
        // Dates of birth
        new("He was born on 3 May 2010, is he a minor?", "He was born on [DOB], is he a minor?", "3 May 2010"),
        new("DOB 03.05.2010 but looks older", "DOB [DOB] but looks older", "03.05.2010"),
        new("date of birth: 2009-11-23, age assessment?", "date of birth: [DOB], age assessment?", "2009-11-23"),
        new("she says she was born 12/01/2008", "she says she was born [DOB]", "12/01/2008"),
        new("d.o.b. 1st of January 2011 in the papers", "d.o.b. [DOB] in the papers", "1st of January 2011"),
        new("born on March 14, 2009 in Kabul", "born on [DOB] in Kabul", "March 14, 2009"),
        // Names introduced by cues
        new("his name is Ahmed Karimi and he is alone", "his name is [NAME] and he is alone", "Ahmed", "Karimi"),
        new("Her name is Fatima, she is 15", "Her name is [NAME], she is 15", "Fatima"),
        new("a boy named Omar arrived without parents", "a boy named [NAME] arrived without parents", "Omar"),
        new("the girl called Leila Haddad says she is 16", "the girl called [NAME] says she is 16", "Leila", "Haddad"),
        new("my name is Sergeant Jones, what should I do", "my name is [NAME], what should I do", "Jones"),
        new("his name is mohammed and he has no papers", "his name is [NAME] and he has no papers", "mohammed"),
        new("the child's name is Amina Yusuf", "the child's name is [NAME]", "Amina", "Yusuf"),
        // Several kinds at once
        new("Amir (DOB 02.02.2011, passport P7654321) called Ms Berg at ms.berg@example.org",
            "Amir (DOB [DOB], passport [ID]) called [NAME] at [EMAIL]", "02.02.2011", "P7654321", "Berg", "ms.berg"),
        // False positives: references, ages and years must stay
        new("What does Article 37 say about detention?", "What does Article 37 say about detention?"),
        new("CRC Art. 22 and refugee children", "CRC Art. 22 and refugee children"),
        new("he is 15 years old and alone", "he is 15 years old and alone"),
        new("are children under 18 ever detained?", "are children under 18 ever detained?"),
        new("what does para 31 of the comment say", "what does para 31 of the comment say"),
        new("General Comment No. 6 on unaccompanied children", "General Comment No. 6 on unaccompanied children"),
        new("the 2017 joint general comment on migration", "the 2017 joint general comment on migration"),
        new("UN Resolution 73/195 (Global Compact for Migration)", "UN Resolution 73/195 (Global Compact for Migration)"),
        new("Directive 2013/33/EU reception conditions", "Directive 2013/33/EU reception conditions"),
        new("what is a best interests assessment?", "what is a best interests assessment?"),
        new("in case the child is 16, who is the guardian?", "in case the child is 16, who is the guardian?"),
        new("which procedure is called for when a child goes missing?", "which procedure is called for when a child goes missing?"),
        new("Dublin III Regulation 604/2013 article 8", "Dublin III Regulation 604/2013 article 8"),
        new("age assessment for 3 children in 2 days", "age assessment for 3 children in 2 days"),
    ];

    public static TheoryData<RedactionCase> All()
    {
        var data = new TheoryData<RedactionCase>();
        foreach (var item in Cases)
        {
            data.Add(item);
        }

        return data;
    }
}
