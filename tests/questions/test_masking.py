"""The masked forms of a question's personal data, as lists show them."""

from django.test import SimpleTestCase

from questions.masking import mask_email, mask_name, mask_phone


class MaskPhoneTests(SimpleTestCase):
    def test_keeps_the_first_two_and_last_four_digits(self):
        cases = {
            "081234561234": "08******1234",
            "0812-3456-1234": "08******1234",
            "+62 812 3456 1234": "62*******1234",
            "0741123": "07*1123",
        }
        for phone, masked in cases.items():
            with self.subTest(phone=phone):
                self.assertEqual(mask_phone(phone), masked)

    def test_a_number_too_short_to_keep_six_digits_is_starred_whole(self):
        self.assertEqual(mask_phone("112233"), "******")
        self.assertEqual(mask_phone("112"), "***")

    def test_no_number_gives_nothing(self):
        self.assertEqual(mask_phone(""), "")
        self.assertEqual(mask_phone(None), "")
        self.assertEqual(mask_phone("tidak ada"), "")


class MaskEmailTests(SimpleTestCase):
    def test_keeps_the_first_letter_and_the_domain(self):
        self.assertEqual(mask_email("budi.santoso@gmail.com"), "b***@gmail.com")
        self.assertEqual(mask_email("x@jambiprov.go.id"), "x***@jambiprov.go.id")

    def test_the_length_of_the_local_part_is_not_shown(self):
        self.assertEqual(mask_email("a@b.id"), "a***@b.id")
        self.assertEqual(mask_email("abcdefghij@b.id"), "a***@b.id")

    def test_something_that_is_not_an_address_is_starred(self):
        self.assertEqual(mask_email("budi"), "***")

    def test_no_address_gives_nothing(self):
        self.assertEqual(mask_email(""), "")
        self.assertEqual(mask_email(None), "")


class MaskNameTests(SimpleTestCase):
    def test_initials(self):
        self.assertEqual(mask_name("Budi Santoso"), "B. S.")
        self.assertEqual(mask_name("siti  nur   aisyah"), "S. N. A.")
        self.assertEqual(mask_name("Sukarno"), "S.")

    def test_no_name_gives_nothing(self):
        self.assertEqual(mask_name(""), "")
        self.assertEqual(mask_name(None), "")
