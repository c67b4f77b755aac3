package org.geokg.serve;

import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.web.HttpSC;

/**
 * SPARQL Update with the server's rules. The request is parsed before anything runs, so that a
 * {@code LOAD} from a host the {@link FederationPolicy} does not allow is refused (422) before the server
 * fetches anything; the update then runs in one write transaction with a time limit, and a commit that
 * {@link CheckedDataset} refuses (SHACL, default graph) reaches the client as 422 with the reason.
 *
 * <p>Fuseki's own update processor turns such a refusal at commit into a 204, which is why this class
 * runs the update itself.
 */
final class CheckedUpdate extends SPARQL_Update {

    private final FederationPolicy federation;
    private final long timeoutMillis;

    CheckedUpdate(FederationPolicy federation, long timeoutMillis) {
        this.federation = Objects.requireNonNull(federation, "federation");
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        UpdateRequest request;
        try {
            request = UpdateFactory.read(usingList(action), input, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            ActionLib.consumeBody(action);
            ServletOps.errorBadRequest(SPARQLProtocol.messageForParseException(e));
            return;
        } catch (QueryException | UpdateException e) {
            ActionLib.consumeBody(action);
            ServletOps.errorBadRequest(String.valueOf(e.getMessage()));
            return;
        }
        Optional<String> refused = federation.refusedLoad(request);
        if (refused.isPresent()) {
            ServletOps.error(HttpSC.UNPROCESSABLE_ENTITY_422, refused.get());
        }
        action.beginWrite();
        try {
            UpdateExec.dataset(action.getActiveDSG()).update(request).context(action.getContext())
                    .timeout(timeoutMillis, TimeUnit.MILLISECONDS).execute();
            action.commit();
        } catch (ActionErrorException e) {
            action.abortSilent();
            throw e;
        } catch (QueryCancelledException e) {
            action.abortSilent();
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "Update timed out after " + timeoutMillis + " ms");
        } catch (QueryDeniedException e) {
            action.abortSilent();
            ServletOps.error(HttpSC.UNPROCESSABLE_ENTITY_422, e.getMessage());
        } catch (QueryException | UpdateException | RiotException e) {
            action.abortSilent();
            ServletOps.errorBadRequest(String.valueOf(e.getMessage()));
        } catch (JenaException e) {
            action.abortSilent();
            ServletOps.errorOccurred(e.getMessage(), e);
        } finally {
            action.endWrite();
        }
    }

    /** The protocol's using-graph-uri and using-named-graph-uri parameters. */
    private static UsingList usingList(HttpAction action) {
        UsingList using = new UsingList();
        String[] graphs = action.getRequest().getParameterValues(HttpNames.paramUsingGraphURI);
        String[] named = action.getRequest().getParameterValues(HttpNames.paramUsingNamedGraphURI);
        for (String g : graphs == null ? new String[0] : graphs) {
            using.addUsing(NodeFactory.createURI(g));
        }
        for (String g : named == null ? new String[0] : named) {
            using.addUsingNamed(NodeFactory.createURI(g));
        }
        return using;
    }
}
