/*
 * home_law_places: the places home_law.c reads a party's home in, shared
 * with src/tools/home_law_index.c, which writes from them (and from its
 * own list of other places) the index of every place a law is chosen by
 * (build/gen/home_law_index.h).  Each name is written here once.
 */
#ifndef AICLAUSE_HOME_LAW_PLACES_H
#define AICLAUSE_HOME_LAW_PLACES_H

/* Contracts name a US state in an address by its postal code. */
static const char *const us_states[][2] = {
	{ "AK", "Alaska" }, { "AL", "Alabama" }, { "AR", "Arkansas" }, { "AZ", "Arizona" },
	{ "CA", "California" }, { "CO", "Colorado" }, { "CT", "Connecticut" },
	{ "DC", "District of Columbia" }, { "DE", "Delaware" }, { "FL", "Florida" },
	{ "GA", "Georgia" }, { "HI", "Hawaii" }, { "IA", "Iowa" }, { "ID", "Idaho" },
	{ "IL", "Illinois" }, { "IN", "Indiana" }, { "KS", "Kansas" }, { "KY", "Kentucky" },
	{ "LA", "Louisiana" }, { "MA", "Massachusetts" }, { "MD", "Maryland" }, { "ME", "Maine" },
	{ "MI", "Michigan" }, { "MN", "Minnesota" }, { "MO", "Missouri" }, { "MS", "Mississippi" },
	{ "MT", "Montana" }, { "NC", "North Carolina" }, { "ND", "North Dakota" },
	{ "NE", "Nebraska" }, { "NH", "New Hampshire" }, { "NJ", "New Jersey" },
	{ "NM", "New Mexico" }, { "NV", "Nevada" }, { "NY", "New York" }, { "OH", "Ohio" },
	{ "OK", "Oklahoma" }, { "OR", "Oregon" }, { "PA", "Pennsylvania" },
	{ "RI", "Rhode Island" }, { "SC", "South Carolina" }, { "SD", "South Dakota" },
	{ "TN", "Tennessee" }, { "TX", "Texas" }, { "UT", "Utah" }, { "VA", "Virginia" },
	{ "VT", "Vermont" }, { "WA", "Washington" }, { "WI", "Wisconsin" },
	{ "WV", "West Virginia" }, { "WY", "Wyoming" },
};

/*
 * And an Australian state by its code before a postcode of four digits
 * ("Melbourne VIC 3000", "Perth WA 6000"; a US ZIP code has five).
 */
static const char *const au_states[][2] = {
	{ "ACT", "Australian Capital Territory" }, { "NSW", "New South Wales" },
	{ "NT", "Northern Territory" }, { "QLD", "Queensland" }, { "SA", "South Australia" },
	{ "TAS", "Tasmania" }, { "VIC", "Victoria" }, { "WA", "Western Australia" },
};

/*
 * "a German company" and "German law": a party read by its country's
 * adjective has that country for home, and its law is written either way
 * where `law_named` says so ("Swiss law"; never "British law").  A
 * company of the United Kingdom is at home under English law, the law its
 * paper chooses.
 */
static const struct country {
	const char *adjective, *name;
	int law_named;
} countries[] = {
	{ "Australian", "Australia", 1 }, { "Austrian", "Austria", 1 },
	{ "Belgian", "Belgium", 1 }, { "Brazilian", "Brazil", 1 },
	{ "British", "England", 0 }, { "Canadian", "Canada", 0 }, { "Chinese", "China", 1 },
	{ "Danish", "Denmark", 1 }, { "Dutch", "Netherlands", 1 },
	{ "English", "England", 1 }, { "Finnish", "Finland", 1 }, { "French", "France", 1 },
	{ "German", "Germany", 1 }, { "Indian", "India", 1 }, { "Irish", "Ireland", 1 },
	{ "Israeli", "Israel", 1 }, { "Italian", "Italy", 1 }, { "Japanese", "Japan", 1 },
	{ "Korean", "Korea", 1 }, { "Mexican", "Mexico", 1 }, { "Norwegian", "Norway", 1 },
	{ "Polish", "Poland", 1 }, { "Scottish", "Scotland", 1 },
	{ "Singaporean", "Singapore", 0 }, { "Spanish", "Spain", 1 },
	{ "Swedish", "Sweden", 1 }, { "Swiss", "Switzerland", 1 }, { "U.K.", "England", 0 },
	{ "UK", "England", 0 }, { "United Kingdom", "England", 0 },
	{ "Scots", "Scotland", 1 }, { "Welsh", "Wales", 1 }, { "Kenyan", "Kenya", 1 },
	{ "Nigerian", "Nigeria", 1 }, { "Ghanaian", "Ghana", 1 },
	{ "South African", "South Africa", 1 }, { "Malaysian", "Malaysia", 1 },
	{ "Portuguese", "Portugal", 1 }, { "Czech", "Czech Republic", 1 },
	{ "Chilean", "Chile", 1 }, { "Philippine", "Philippines", 1 }, { "Turkish", "Turkey", 1 },
	{ "Egyptian", "Egypt", 1 }, { "Thai", "Thailand", 1 }, { "Vietnamese", "Vietnam", 1 },
	{ "Indonesian", "Indonesia", 1 }, { "Greek", "Greece", 1 }, { "Hungarian", "Hungary", 1 },
	{ "Argentine", "Argentina", 1 }, { "Colombian", "Colombia", 1 },
	{ "Luxembourg", "Luxembourg", 1 },
};

/*
 * Canada's provinces and territories: each has its own law, as a US
 * state has.
 */
static const char *const ca_provinces[] = {
	"Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland and Labrador",
	"Northwest Territories", "Nova Scotia", "Nunavut", "Ontario", "Prince Edward Island",
	"Quebec", "Qu\xc3\xa9" "bec", "Saskatchewan", "Yukon",
};

#endif
