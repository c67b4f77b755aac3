package org.geokg.vocabulary;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the geokg ontology ({@code ontology/geokg.ttl}) as constants, named exactly as in the
 * ontology so that one search finds a term in the ontology, the code and the queries. {@link Nodes} has the
 * same terms as graph nodes for code that works on triples and quads. A test checks that this class and
 * the ontology agree in both directions.
 */
public final class GEOKG {

    /** The namespace of the ontology's terms. */
    public static final String NS = "https://w3id.org/geokg/ontology#";

    /** The usual prefix for {@link #NS}. */
    public static final String PREFIX = "geokg";

    /** The ontology's own IRI. */
    public static final String ONTOLOGY = "https://w3id.org/geokg/ontology";

    /** The base of the IRIs geokg mints for actors, articles and facts. */
    public static final String ID = "https://w3id.org/geokg/id/";

    private GEOKG() {
    }

    /** The namespace, as {@link #NS}. */
    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
    // Classes
    /** Anyone who can act, speak or be acted upon in a fact: a state, an organisation, a group or a person. */
    public static final Resource Actor = resource("Actor");
    /** A sovereign or de-facto state. Its government, ministries, agencies, embassies and officials speak and act for it. */
    public static final Resource State = resource("State");
    /** An opposition, separatist or dissident group based outside the state it opposes. */
    public static final Resource ExileGroup = resource("ExileGroup");
    /** An intergovernmental organisation such as NATO, the EU or the UN. */
    public static final Resource Organization = resource("Organization");
    /** A named hacker or cyber group, such as APT28 or Lazarus; front companies tied to one count as one. */
    public static final Resource ThreatActor = resource("ThreatActor");
    /** A person who fills a role no other actor covers, such as a sanctioned individual; officials count as their state instead. */
    public static final Resource Person = resource("Person");
    /** The diplomatic mission (embassy or consulate) of a sending state in a host state. Its closure is an EmbassyClosure. */
    public static final Resource Embassy = resource("Embassy");
    /** Something news reports: an event, a claim or a relation. One node stands for one real-world fact however many articles report it; each report adds its own evidence. */
    public static final Resource Fact = resource("Fact");
    /** Something that happened between actors at a time. */
    public static final Resource Event = resource("Event");
    /** A public statement by one actor about another. A claim records what was said, not that it is true. */
    public static final Resource Claim = resource("Claim");
    /** A lasting state of affairs between actors, rather than a single event. */
    public static final Resource Relation = resource("Relation");
    /** A cyber operation (hack, breach, ransomware, DDoS, wiper, leak by hackers) against a state or its institutions, attempted or foiled included. It has no attacker: who did it is an Accusation. */
    public static final Resource Cyberattack = resource("Cyberattack");
    /** An actor severs, breaks, cuts or ends diplomatic relations with a target, announced decisions included. */
    public static final Resource DiplomaticRupture = resource("DiplomaticRupture");
    /** An actor expels diplomats of a target, declares them persona non grata or orders embassy staff to leave. */
    public static final Resource Expulsion = resource("Expulsion");
    /** An embassy or consulate closes, whoever closes it. */
    public static final Resource EmbassyClosure = resource("EmbassyClosure");
    /** An actor recalls its own ambassador or diplomats from a target, for consultations included. */
    public static final Resource Recall = resource("Recall");
    /** An actor imposes sanctions on a target: a state, a group, a person or a threat actor. */
    public static final Resource Sanction = resource("Sanction");
    /** An accuser publicly blames, attributes to or holds responsible an accused for an act. Hedged and relayed blame count; self-claims do not. */
    public static final Resource Accusation = resource("Accusation");
    /** A denier rejects, denies or dismisses as baseless an accusation made against it. It points at the Accusation it answers. */
    public static final Resource Denial = resource("Denial");
    /** An actor condemns a target, or an act or decision of it, without blaming it for a specific act. */
    public static final Resource Condemnation = resource("Condemnation");
    /** A host state hosts, shelters or gives refuge to a named exile group. */
    public static final Resource Hosting = resource("Hosting");
    /** The kind of act an Accusation blames, from a closed list. */
    public static final Resource ActKind = resource("ActKind");
    /** A news article facts were read from. Its facts live in a named graph with the article's IRI as name. */
    public static final Resource Article = resource("Article");
    /** The sentence of one article that states a fact: the quote, its character offsets in the article text, the confidence, the date the article gave and the rule that read it. */
    public static final Resource Evidence = resource("Evidence");

    // Kinds of act
    /** Any hack, intrusion or cyber-espionage. */
    public static final Resource CyberattackAct = resource("CyberattackAct");
    /** A killing or attempted killing. */
    public static final Resource AssassinationAct = resource("AssassinationAct");
    /** Spying, such as diplomats identified as intelligence officers. */
    public static final Resource EspionageAct = resource("EspionageAct");
    /** Meddling in another state's affairs or elections, or supporting its separatists or opposition. */
    public static final Resource InterferenceAct = resource("InterferenceAct");
    /** Supporting, financing or harbouring groups the accuser calls terrorist. */
    public static final Resource TerrorismAct = resource("TerrorismAct");
    /** A physical attack or explosion. */
    public static final Resource AttackAct = resource("AttackAct");
    /** Any other concrete hostile act. */
    public static final Resource OtherAct = resource("OtherAct");

    // Properties
    /** Who makes the accusation. On a Denial: whose accusation is denied. */
    public static final Property accuser = property("accuser");
    /** Who an Accusation blames. */
    public static final Property accused = property("accused");
    /** The kind of act an Accusation blames. */
    public static final Property about = property("about");
    /** The act an Accusation blames, when the graph holds it (usually a Cyberattack). */
    public static final Property concerns = property("concerns");
    /** The Accusation a Denial answers. */
    public static final Property answers = property("answers");
    /** Who makes a Denial. */
    public static final Property denier = property("denier");
    /** Who acts: the state that breaks ties, expels, recalls, sanctions or condemns. */
    public static final Property actor = property("actor");
    /** Who is acted upon: the state attacked, broken with, whose diplomats are expelled, the target of a sanction or condemnation, the state an ambassador is recalled from. */
    public static final Property target = property("target");
    /** The embassy an EmbassyClosure closes. */
    public static final Property embassy = property("embassy");
    /** The state an embassy represents. */
    public static final Property sendingState = property("sendingState");
    /** The state an embassy is in. */
    public static final Property hostState = property("hostState");
    /** The city an embassy is in, as the text names it. */
    public static final Property city = property("city");
    /** The state that hosts an exile group. */
    public static final Property host = property("host");
    /** The exile group a state hosts. */
    public static final Property guest = property("guest");
    /** When a fact happened or a claim was made: an xsd:date, or an xsd:gYearMonth or xsd:gYear when only that is known. Relative dates are resolved against the article's publication date. */
    public static final Property date = property("date");
    /** Since when a Hosting holds: an xsd:date, xsd:gYearMonth or xsd:gYear. */
    public static final Property since = property("since");
    /** A sentence of an article that states this fact. A fact reported by five articles has five. */
    public static final Property evidence = property("evidence");
    /** The text of the evidence sentence, exactly as in the article. */
    public static final Property quote = property("quote");
    /** The offset of the quote's first character in the article text (UTF-16 code units, from 0). */
    public static final Property beginIndex = property("beginIndex");
    /** The offset just after the quote's last character in the article text. */
    public static final Property endIndex = property("endIndex");
    /** How sure the reader of this evidence is that it states the fact, from 0 to 1. */
    public static final Property confidence = property("confidence");
    /** The date this article gave for the fact, which may be coarser than the fact's own date. */
    public static final Property statedDate = property("statedDate");
    /** The extraction rule that read the fact from the sentence, so that an analyst can see why. */
    public static final Property rule = property("rule");
    /** Where the article was published. */
    public static final Property url = property("url");
    /** The article's headline. */
    public static final Property title = property("title");
    /** The name of the outlet that published the article; corroboration counts distinct publishers. */
    public static final Property publisher = property("publisher");
    /** The article's publication date, against which its relative dates were resolved. */
    public static final Property published = property("published");
    /** An actor the article names. */
    public static final Property mentions = property("mentions");
    /** The actor's key in facts documents: ISO 3166-1 alpha-3 for a state, a short uppercase name otherwise. */
    public static final Property key = property("key");
    /** The state's two-letter ISO code. */
    public static final Property iso2 = property("iso2");
    /** The state's three-letter ISO code. */
    public static final Property iso3 = property("iso3");
    /** The state's three-digit ISO code, kept as text to keep its leading zeros. */
    public static final Property isoNumeric = property("isoNumeric");
    /** The threat actor's group id in MITRE ATT&CK, such as G0007. */
    public static final Property mitreId = property("mitreId");
    /** The state a threat-intelligence source suspects of sponsoring a threat actor. Background knowledge, not an Accusation. */
    public static final Property sponsor = property("sponsor");
    /** The state an exile group opposes. */
    public static final Property opposes = property("opposes");
    /** The state where an exile group is mainly based, as background knowledge. */
    public static final Property basedIn = property("basedIn");
    /** The name of a state's capital, which news uses for its government. */
    public static final Property capital = property("capital");
    /** The English adjective or demonym for a state's people and institutions. */
    public static final Property demonym = property("demonym");

    /** The same terms as graph nodes, for code that works on triples and quads. */
    public static final class Nodes {
        private Nodes() {
        }

        public static final Node Actor = NodeFactory.createURI(NS + "Actor");
        public static final Node State = NodeFactory.createURI(NS + "State");
        public static final Node ExileGroup = NodeFactory.createURI(NS + "ExileGroup");
        public static final Node Organization = NodeFactory.createURI(NS + "Organization");
        public static final Node ThreatActor = NodeFactory.createURI(NS + "ThreatActor");
        public static final Node Person = NodeFactory.createURI(NS + "Person");
        public static final Node Embassy = NodeFactory.createURI(NS + "Embassy");
        public static final Node Fact = NodeFactory.createURI(NS + "Fact");
        public static final Node Event = NodeFactory.createURI(NS + "Event");
        public static final Node Claim = NodeFactory.createURI(NS + "Claim");
        public static final Node Relation = NodeFactory.createURI(NS + "Relation");
        public static final Node Cyberattack = NodeFactory.createURI(NS + "Cyberattack");
        public static final Node DiplomaticRupture = NodeFactory.createURI(NS + "DiplomaticRupture");
        public static final Node Expulsion = NodeFactory.createURI(NS + "Expulsion");
        public static final Node EmbassyClosure = NodeFactory.createURI(NS + "EmbassyClosure");
        public static final Node Recall = NodeFactory.createURI(NS + "Recall");
        public static final Node Sanction = NodeFactory.createURI(NS + "Sanction");
        public static final Node Accusation = NodeFactory.createURI(NS + "Accusation");
        public static final Node Denial = NodeFactory.createURI(NS + "Denial");
        public static final Node Condemnation = NodeFactory.createURI(NS + "Condemnation");
        public static final Node Hosting = NodeFactory.createURI(NS + "Hosting");
        public static final Node ActKind = NodeFactory.createURI(NS + "ActKind");
        public static final Node Article = NodeFactory.createURI(NS + "Article");
        public static final Node Evidence = NodeFactory.createURI(NS + "Evidence");
        public static final Node CyberattackAct = NodeFactory.createURI(NS + "CyberattackAct");
        public static final Node AssassinationAct = NodeFactory.createURI(NS + "AssassinationAct");
        public static final Node EspionageAct = NodeFactory.createURI(NS + "EspionageAct");
        public static final Node InterferenceAct = NodeFactory.createURI(NS + "InterferenceAct");
        public static final Node TerrorismAct = NodeFactory.createURI(NS + "TerrorismAct");
        public static final Node AttackAct = NodeFactory.createURI(NS + "AttackAct");
        public static final Node OtherAct = NodeFactory.createURI(NS + "OtherAct");
        public static final Node accuser = NodeFactory.createURI(NS + "accuser");
        public static final Node accused = NodeFactory.createURI(NS + "accused");
        public static final Node about = NodeFactory.createURI(NS + "about");
        public static final Node concerns = NodeFactory.createURI(NS + "concerns");
        public static final Node answers = NodeFactory.createURI(NS + "answers");
        public static final Node denier = NodeFactory.createURI(NS + "denier");
        public static final Node actor = NodeFactory.createURI(NS + "actor");
        public static final Node target = NodeFactory.createURI(NS + "target");
        public static final Node embassy = NodeFactory.createURI(NS + "embassy");
        public static final Node sendingState = NodeFactory.createURI(NS + "sendingState");
        public static final Node hostState = NodeFactory.createURI(NS + "hostState");
        public static final Node city = NodeFactory.createURI(NS + "city");
        public static final Node host = NodeFactory.createURI(NS + "host");
        public static final Node guest = NodeFactory.createURI(NS + "guest");
        public static final Node date = NodeFactory.createURI(NS + "date");
        public static final Node since = NodeFactory.createURI(NS + "since");
        public static final Node evidence = NodeFactory.createURI(NS + "evidence");
        public static final Node quote = NodeFactory.createURI(NS + "quote");
        public static final Node beginIndex = NodeFactory.createURI(NS + "beginIndex");
        public static final Node endIndex = NodeFactory.createURI(NS + "endIndex");
        public static final Node confidence = NodeFactory.createURI(NS + "confidence");
        public static final Node statedDate = NodeFactory.createURI(NS + "statedDate");
        public static final Node rule = NodeFactory.createURI(NS + "rule");
        public static final Node url = NodeFactory.createURI(NS + "url");
        public static final Node title = NodeFactory.createURI(NS + "title");
        public static final Node publisher = NodeFactory.createURI(NS + "publisher");
        public static final Node published = NodeFactory.createURI(NS + "published");
        public static final Node mentions = NodeFactory.createURI(NS + "mentions");
        public static final Node key = NodeFactory.createURI(NS + "key");
        public static final Node iso2 = NodeFactory.createURI(NS + "iso2");
        public static final Node iso3 = NodeFactory.createURI(NS + "iso3");
        public static final Node isoNumeric = NodeFactory.createURI(NS + "isoNumeric");
        public static final Node mitreId = NodeFactory.createURI(NS + "mitreId");
        public static final Node sponsor = NodeFactory.createURI(NS + "sponsor");
        public static final Node opposes = NodeFactory.createURI(NS + "opposes");
        public static final Node basedIn = NodeFactory.createURI(NS + "basedIn");
        public static final Node capital = NodeFactory.createURI(NS + "capital");
        public static final Node demonym = NodeFactory.createURI(NS + "demonym");
    }
}
