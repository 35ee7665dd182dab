/*
 * terms: the defined terms of a contract and what the rules read them as.
 *
 * Terms are defined by `"X" means ...` and `... ("X")`, and at the start of
 * a paragraph `"X": ...`, `A "X" is the ...`, `"X" includes all ...`,
 * `"X" within the meaning of this Agreement are the ...`, `X: ...`, `X means
 * ...` (X capitalised words: the English colon, or quotes and bold
 * lost in conversion) and `'X' means ...` (a translation's single
 * quotes), classed by their
 * definition: the customer's data (a data word, singular or plural,
 * "Query", "Files", that the customer provides, imports or delivers, or
 * connects, links, syncs or integrates ("the product catalogue, order
 * records, help-centre articles and policies you connect to Helpdesk
 * Harbor"), or what "you" add, store, keep or import ("the photographs,
 * scans, documents and notes you add to Kinfold"), or what the customer
 * enters, types or pastes into the vendor or its service or gives "us"
 * ("the ... notes that you or your staff enter into Dosewise"; not "the
 * contracts that you enter into with your suppliers"; also in a "means"
 * definition without "that", "the notes you paste into Dosewise", "text
 * you enter in the chat box"), what its own people send it ("the repair
 * requests ... that tenants send to the Buyer"), the messages between its own customers or users and its
 * agent or the service by any name ('"Conversations" means the messages
 * between your shoppers and your agent', "all chats with End Users"), or
 * its own customers submit ("the sales, inventory and pricing data
 * that Client delivers", "the documents that End Customers submit",
 * also a list of givers that names the customer first, "that Customer,
 * its Permitted Users, or End Users submit"),
 * or that is processed for it (a passive read by its direction and the parties' roles:
 * "disclosed by Party A" or "received by Party B" is the customer's
 * where Party A is the customer and Party B the vendor, "received by
 * Party A from Party B" is not), "data relating to Client's customers" or "to the Bank's
 * applicants", and whatever the vendor receives, collects or
 * maintains in performing the services, "information relating to a
 * student ... collected ... by the Provider in providing the Platform",
 * and by any name what a definition says the customer gives the vendor,
 * "the recordings ... that Publisher supplies to Vendor", also in its
 * last words, "..., in the digital files you deliver to us", data or
 * media "you upload", "the audio of a consultation ... that you upload",
 * and a "means" list of its terms with plain words between, '"Your
 * Data" means Consultation Audio, transcripts, Draft Notes and ...'
 * (read as the data alone, though it names outputs), also in the
 * passive at the head of the definition, "all data, telemetry and
 * documents provided by the Principal to the Contractor" (not an order,
 * a notice or feedback it sends), or what is captured at the
 * customer's place or from its people, and the labels its staff
 * apply, "images ... that the Hardware captures on the Purchaser's
 * production lines", "footage captured by the System in the
 * Authority's area" (its premises, sites, ports, roads, offices and
 * the like), and the coding, review or privilege decisions and the
 * ratings its people apply or assign ("the coding decisions (for example
 * responsive or privileged) that your Authorized Users apply to
 * documents"; not what "we" or the service applies),
 * and what the sentence that defines it says the customer gives,
 * whatever its name, 'Client shall upload the audio of its calls
 * (the "Call Audio")' (the thing given named as data, audio, images
 * and the like; who gives read by the parties' roles, so in a reverse
 * data licence "the images Licensor provides to Licensee" are the
 * customer's where the licensor is the customer; never a name that
 * says software, documentation, services or a model), also with the
 * giver after what it gives, 'the photos and floor plans you upload
 * ("Uploads")', "the images uploaded by Customer" (not what the
 * customer "has licensed", which it was given), and a term named as
 * data whose parenthesis closes a sentence that ends on what the customer
 * holds, 'you let us read your product catalogue, prices and order
 * history ("Shop Data").' (not what the vendor sends it, "we send you
 * your statements", what is about it, "reports on your sales", "your use
 * of the app", nor what a clause or another holder comes after),
 * unless the name is the vendor's or says confidential, or the data
 * is de-identified (but a definition that opens with a term of the
 * customer's data and says what was removed from it, or that it is in
 * anonymised or aggregated form, '"Anonymised Route Data" means
 * Licensee Data from which the names ... have been removed', or that
 * it "has been de-identified", is that
 * data, read as "De-identified Customer Data", so that the rules'
 * de-identified qualifiers still see it); not what the vendor provides or prepares for the
 * customer: a name the rules would read as the customer's data for
 * what the vendor prepares for it, "prepared by Supplier specifically
 * for Client ("Client Materials")", is read as "Deliverables"), the
 * outputs (also "the notes the
 * Service generates", "the credit scores which the Service calculates"
 * (not money, "the charges ..."), what the vendor or its service
 * generates from a term of the customer's data, by any name, "the
 * clinical notes ... that Notewell generates from Consultation Audio",
 * "the CVs that the Agency's screening software
 * generates", "the alerts which the Service Provider's detection system
 * generates" where the machine's owner is the vendor, what a name the
 * contract gives the service makes for the customer or from its things,
 * whatever the nouns, "the sketches ... the Studio generates for you from
 * Your Materials", "the sketches Kinfold generates for you" (a party's
 * name by its role; also before a parenthesis, 'the sketches the Studio
 * generates for you ("Creations")', where nothing more is made after
 * it; never a name that says money), and "the
 * summaries generated by the Service", a name that says output where
 * the vendor delivers it to the customer, "the forecasts and reports
 * that the Licensee delivers to the Licensor" ("Insights"), and what is
 * returned, generated or produced for the customer in the passive,
 * "the files returned to you", or provided to it "in response to"
 * something,
 * and what the vendor "uses artificial intelligence" or "AI models" to
 * produce or generate, the clause's last verb before a parenthesis, by
 * any name ('Notelark joins your meetings ... and uses artificial
 * intelligence to produce transcripts ... and answers to questions about
 * your meetings ("Transcripts")'; a name of the customer's data that
 * then gathers it, '... are together "Your Content"', takes it in too),
 * and before a parenthesis what the vendor returns, generates or
 * produces for the customer, 'the mastered files and stems we return to
 * you ("Masters")', "the scores the Service Provider returns to the
 * Service Recipient for each claim", not what the customer gives or holds, money, usage,
 * papers nor what is about something, "notes about the account that we
 * produce for you";
 * but not money a product earns, "revenue generated by the Services",
 * nor what a system records of its own
 * operation: "Logs", "the records of events that the System
 * generates"), the model (also a classifier under a model's name, "Matter
 * Model" means the predictive coding classifier ...; not its licence, card or provider,
 * nor a third party's), a claim of IP infringement (read as "IP
 * Infringement Claim").  A term that gathers others, `(together,
 * "X")`, `collectively, "X"`, `... are collectively referred to as
 * "X"`, `"X" means the Prompts and Responses`, `"X" means,
 * collectively, Input and Output` or
 * `Collectively, Input and Output are "X."`, also where a note on where
 * they are defined follows the list ('your Inputs and Outputs, each as
 * defined below (collectively, "Content")'), takes the classes of
 * the terms it gathers: the customer's data and the outputs together
 * are read as "Customer Data and Output".  A model is read as the "Custom Model" where
 * its name ("Learned Model", "Fine-Tuned Model") or its definition
 * ("that Vendor fine-tunes at Client's request", or "that Vendor trains on
 * the Voice Recordings", a term read as customer data, defined before or
 * after the model) says it is made for the customer, as the "Customer Model" where the customer submits it or
 * its name is the customer's ("Client Models"), and as the plain
 * "Model" otherwise: never the vendor's base or platform model, nor its
 * own by the definition ("owned or licensed by the Supplier and used to
 * provide the Services").  A model its definition says third parties make
 * or supply ("the third-party large language models used by the
 * Platform", "made available to us by third-party providers", "licensed
 * by Vendor from third parties") is read as "Third-Party Models" (in the
 * singular "Third-Party Model"), the words the rules on third-party AI
 * read; not one the definition calls base, foundation or pre-trained (a
 * "Base Model"), nor past a negation or a data word ("trains on data
 * obtained from third parties"), nor models "whether developed by us or
 * licensed from third parties" (the vendor's own too: the plain "Model"),
 * nor one whose definition only takes one in ("the Supplier's AI tutoring
 * system, including any Third Party Model").
 * A model's trained parameters or
 * weights are a model ('"Meridale Adaptation" means the trained parameters
 * of the Licensed Model that result from training on Client Materials').
 * The kinds of data a definition of the customer's data lists by
 * common nouns after "including" or "such as" ("recordings of
 * practitioner conversations and case notes") are terms of its data
 * too, at most three a definition, from a closed list (recordings,
 * transcripts, images, video, scans and the like; "notes" and
 * "messages" only with a word before them), never a generic word; a
 * use stands for the data only where it heads a noun phrase of its own,
 * in any case ("Recordings ... shall be deleted"), not another's ("the
 * Supplier's recordings", "Zoom recordings"), nor before another noun
 * ("recordings policy"), nor what the words after it say the vendor or
 * its service gives or makes ("images ... we provide").
 *
 * A model named in running text is a term too: "..., which we call the
 * Speaker Model", "hereinafter (referred to as) the Demand Model", 'is
 * referred to in this Order as the "Triage Model"', and "(the Claims
 * Model)" without quotes where the name is used again; only a name
 * ending in "Model" that the sentence before reads as a model.  What a
 * vendor's model, classifier or AI system assigns, predicts, estimates,
 * infers or scores is output by any name ("the risk scores that the
 * Detection Model assigns"), never what a plain system assigns.  A
 * definition that takes in a term of the customer's data ("and includes
 * Your Content") is classed by its own words before it: a wider class
 * is not the customer's data.
 *
 * A list of participles before "by" is read by its verb of making:
 * "compounds designed, generated or predicted by the Collaboration Model"
 * are output.  A term named as data that its definition gives to neither
 * side is the customer's data where the contract says the customer owns
 * it ("As between the parties, Employer owns Candidate Data"; not "remains
 * the property of", which is not read), never where another party owns it
 * or the customer "does not own" it.
 *
 * A definition that opens on a neural network, a classifier or an
 * algorithm with a word of learning near it is a model whatever its name
 * ('"Triage Network" refers to the neural network developed specifically
 * for the Client'; not "the algorithm set out in Schedule 3 for
 * calculating the Fees"), and so are a
 * model's parameters learned from the customer's data ("the parameters of
 * the model learned from Client Data": not its data); a system named as
 * the service ("Forecasting Tool") whose definition opens on a model made
 * for the customer is the "Custom Model".  What the vendor's machine
 * drafts, assigns or applies as a judgement (a rating, label, flag ...),
 * raises, writes, suggests and the like is output by any name ("the
 * replies the Service drafts for the Client's agents", "the labels applied
 * by the Service"; not "the rules applied by the Platform", nor what the
 * "Service Provider" or a "System Integrator" drafts).  What a
 * definition's head says the customer gives or captures is its data by any
 * name ("the stream of payment transactions transmitted by the Client to
 * the Supplier", "the photographs taken by the Client's engineers", "the
 * audio of calls captured at the Client's contact centres"; not coupons or
 * goods given, nor another's people: "recorded by Client’s auditors", "sent
 * by your bank").  Both read the head only: an active verb in its first 72
 * bytes, a participle before "by" in its first 160.  A claim is one of IP infringement
 * only where it alleges a wrong to rights (infringes, misappropriates,
 * violates ...), not an "Office Action" about a patent.  Usage data is
 * also what a definition says of how users interact with the service or
 * what their use generates.
 *
 * A definition that opens on kinds of model joined by commas or "and"
 * before one "models" is a model ("the claims triage, motor damage
 * estimation and fraud propensity models developed ... for the Company",
 * "the Licensor's statistical and machine-learning models"; not a list of
 * things, "materials, tools and base models"; nor models that are one
 * item of a list the customer gives, under a name that says no model,
 * "all BIM models, IFC files ... and other data made available by or on
 * behalf of the Employer": its data), and so is a set of a
 * model's weights ("a set of adapter weights produced by the Services'
 * custom-tuning feature", "each set of model weights ... produced by
 * training the Base Model"; not weights with no word of a model or of
 * training).  What a term defined as a model produces, generates or
 * serves is output by any name ("text produced by any Tuned Checkpoint",
 * "results served by the Ranking Engine"), and under a name that says
 * output so is what it gives ("results of the Classifier"), though the
 * customer's data takes it in; a verb of writing may end
 * the definition ("the answers the chat assistant writes.").  What is
 * captured on or relating to the customer's place is its data ("images
 * ... captured on or relating to the Principal's production lines"), and
 * so is data it supplies by its name or the machine makes from it ("data
 * ... supplied by the Contracting Authority or generated by the System
 * from it": no output).  A customer that only assents in the sentence
 * ("Client acknowledges that Agent may provide ..."), also where the
 * sentence goes on past the parenthesis, gives nothing, and
 * what is made "for use in" a site records no use.  A definition that
 * says the thing is the vendor's pre-existing or background property by
 * what it is, under a name that does not say so, reads as "Background
 * IP" ('"VisionCore" means the Developer's pre-existing software
 * framework', "software ... of the Contractor existing before this
 * Agreement"), also with the vendor named by "of" a few words after the
 * things ('"Standard Components" means the pre-existing elements of the
 * Service Provider').  A definition that opens on deliverables under a
 * name that does not say so reads as "Deliverables" ('"Specific
 * Developments" means all deliverables produced for the Client'), as
 * "Custom Model and Deliverables" where it takes in a term read as the
 * custom model; not a thing of them ("the deliverables schedule").  What
 * a plural machine returns or generates is output under a name that says
 * data ('"Extracted Data" means the fields ... the Services return to
 * you').
 *
 * The custom model by what the vendor makes for the customer: a "means"
 * definition that says the vendor makes it for the customer and that a
 * model trained on the customer's data is part of it ('"Custom Extractor"
 * means any extraction configuration, prompt template, schema or model
 * adaptation we create for you, including any adaptation trained using
 * Customer Content'), and a parenthesis after a model made from the
 * customer's data ('... and in any model retrained, fine-tuned or derived
 * from Authority Information (the "Developed Materials")'), read once
 * every class is known.  A set of model parameters is a model as an item
 * of a list too ("each adaptation layer and set of model parameters
 * created by training ...").  What a definition's head says the vendor
 * makes, before anything of the customer's, is not the customer's data
 * under a name that says no data ("Custom Extractors: up to 6 document
 * types, configured by us using sample loan files you provide").
 *
 * An event or incident defined as a breach of security, under a name
 * that says neither, reads as "Security Breach" ('"Data Loss Event" means
 * any event that results ... in unauthorised access to Buyer Data'); a
 * change ("Model Change") is no model.  A third party that supplies a
 * model, named by a word of a model and a supplier's ("Model Partner",
 * "AI Provider"), reads as "Third-Party Model Provider", not as a model:
 * a "means" definition that opens on a third party with a word of a model
 * in its first clause, or a parenthesis whose sentence says third-party
 * and a model.
 *
 * A secret of both sides is no customer's data: a term named as a secret
 * ("Confidential Information") whose definition says either party's,
 * between the parties or by a party to the other ("relates to either
 * Party's business", "disclosed by a Party ... to the other Party") is
 * left unclassed, though the customer discloses some of it.
 *
 * A term a drafting note defines, inside an HTML comment ('<!-- Note:
 * "Pilot Data" means ... -->'), is no term of the contract.
 *
 * A term a definition of the customer's data opens on before "and any
 * other data" is that data ('"Institution Data" means Session Material and
 * any other data that you upload'); a parenthesis after a clause that has
 * adapters or a model tuned on a term of the customer's data, which the
 * clause ends on, names the custom model ('CueWise may fine-tune adapters
 * on ... Interaction Data ("Program Tunings")'), read once every class is
 * known.  An incident or event named as one of confidentiality or privacy,
 * or an incident of data or information, is a "Security Breach" by its
 * name ('"Confidentiality Incident" has the meaning given in ... the Act').
 * Data about the customer's people by its possessive ("information about
 * the Hospital's patients") or people it carries ("passengers carried by
 * the Carrier") is its data.  Words of a judgement (decisions, verdicts,
 * ratings, flags, detections ...) of a model term, and what a model term
 * makes, detects or identifies, are output under a name that says neither
 * output nor data ('"Verdicts" means the accept and reject decisions of
 * the Inspection System').  A list that ends on "and other deliverables"
 * is "Deliverables", and "Deliverables and Output" where it lists an
 * output term ('"Work Product" means the RPM, the Alerts, the
 * Documentation and other deliverables').  Parameters or weights learned
 * in training from the customer's data are a model, not its data
 * ('"Learned Parameters" means parameters derived from Carrier Data during
 * training'), and a model derived from its data is the custom model.
 * The byte scans read a name's accented Latin letters ("recorded by the
 * Société").
 * Data a definition's head says is derived, compiled or extracted from a
 * term of the customer's data and then de-identified, anonymised or
 * aggregated is that data, read as "De-identified Customer Data" whatever
 * its name ('"Aggregate Data" means data derived from Intake Images, Drafts
 * or Subscriber's use of the Service that has been de-identified'; not
 * statistics, nor "whether or not anonymised").  A model adjusted or
 * calibrated on the customer's data is the custom model, as one trained
 * on it is ("whose final layers are adjusted by the Supplier using the
 * Trust's local validation data").  A name that says output for what an
 * agent, assistant or chatbot generates is output, though a definition of
 * the customer's data takes it in ("including Outputs").  What the vendor
 * receives, obtains, collects or accesses under the contract is the
 * customer's data, as what it receives in performing the services is
 * ("other information provided to or accessed by the Contractor under this
 * Contract"; not de-identified or aggregated).
 *
 * A term in parentheses after the second verb of a relative clause names
 * what the clause's head makes ('Vendor's software service that reads
 * requests ... and generates a determination, the criteria relied on and a
 * confidence indicator (each, a "Recommendation")' is output; not where the
 * clause has a subject of its own, "the reports that Customer prepares and
 * produces").  A definition whose list joins what the customer gives and
 * what the vendor or a machine makes, each in a relative clause of its own
 * ("all data that the First Party provides or that the System produces"),
 * is read as "Customer Data and Output" (with_output); not what is made
 * from what the customer gives ("the notes the Service generates from the
 * audio that you upload").  A quoted name that opens with "The" ('"The
 * Beneficiary Recordings": ...') is defined without the article.
 *
 * A "means" definition of the customer's data in its own words that names
 * an output as an item of its list, an output term by its defined name
 * ('"Fleet Data" means all video ... provided by the Carrier, and all
 * Alertness Scores', "..., all Outputs, and all data derived from any of
 * them") or "the outputs, results or predictions of" a model term, reads as
 * "Customer Data and Output" (with_output), read once every class is known,
 * so the output may be defined after it: the contract makes the outputs
 * part of the data, so "Client owns all Client Data" owns them too.  Not
 * past a word of exclusion ("does not include Outputs", "excludes
 * Aggregated Data and Outputs", "other than"), nor an output that is no
 * item ("for use in generating Alertness Scores"), nor a name that says
 * secret, usage or output.  The catalogue that opens on terms with plain
 * words between ('"Your Data" means Consultation Audio, transcripts, Draft
 * Notes and ...', 26ee8d1) keeps its reading as the data alone: that form
 * was read so on purpose (blind28 01) and no audit row asks otherwise, so
 * this reading leaves it to gather_classes.  Of such a term, a use the
 * words after say the customer gave ("Fleet Data provided by the Carrier
 * infringes ...", "supplied by you") reads as "Customer Data" alone: what
 * the customer gave holds none of the vendor's outputs, so a customer's
 * indemnity for it is no indemnity for outputs.
 *
 * Ownership: terms_find copies each term into the arena of the struct
 * roles it fills, so it lives until roles_release; `reads_as` is a
 * constant string.
 */
#ifndef AICLAUSE_TERMS_H
#define AICLAUSE_TERMS_H

#include <stddef.h>

#include "document.h"
#include "roles.h"

/*
 * Adds the defined terms of `doc` to `out`, each with its class, reading
 * and offset; `out` holds the parties already (parties_find), whose roles
 * decide whose data a term is.  Uses the finder's patterns, match data and
 * model sites (roles_internal.h).  Does not fail: an allocation failure
 * exits (xalloc.h).
 */
void terms_find(struct roles_finder *rf, const struct document *doc, struct roles *out);

/*
 * Whether the words after a use of a kind of data, from t[end] on, say the
 * vendor or its service gives or makes it ("images ... we provide"): then
 * the use does not stand for the customer's data.
 */
int vendor_gives_after(struct roles_finder *rf, const struct roles *r, const char *t,
		       size_t len, size_t end);

#endif
