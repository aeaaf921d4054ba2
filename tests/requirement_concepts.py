"""What each row of the required-safety-language table asks for, as the requirement tests name it:
concept -> (rule, a word of that concept's "says" in the finding's message)."""

CONCEPTS = {
    "dep": ("safety/kratom-missing-safety-language", "dependence"),
    "fda": ("safety/kratom-missing-safety-language", "FDA"),
    "liver": ("safety/kava-missing-safety-language", "liver"),
    "sjw": ("safety/st-johns-wort-missing-safety-language", "interacts"),
    "poison": ("safety/amanita-missing-safety-language", "poisonous"),
    "law": ("safety/amanita-missing-safety-language", "lawful"),
    "combo": ("safety/combination-missing-safety-language", "combining"),
}
